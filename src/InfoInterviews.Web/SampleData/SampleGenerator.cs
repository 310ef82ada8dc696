using System.Globalization;
using InfoInterviews.Web.Domain;

namespace InfoInterviews.Web.SampleData;

/// <summary>
/// Generates a realistic workspace through the entities and their rules, the same for the same seed
/// and time. It comes in units of <see cref="ContactsPerUnit"/> contacts, each unit standing on its own,
/// so the benchmark scales it up unit by unit; tags are shared by all units. The first unit is the
/// sample a new user loads: <see cref="CompaniesPerUnit"/> companies and an interview for every other
/// contact, to show every page full. Later units take the shape of a long-used workspace, where many
/// contacts share few companies and fewer are interviewed: per 1,000 contacts about 30 companies, 200
/// interviews, 500 follow-ups (with those the save plans) and 2,000 touches. Nothing is marked as
/// sample here: whoever saves the rows does that.
/// </summary>
public sealed class SampleGenerator(int seed, DateTime nowUtc, IMarkdownRenderer renderer)
{
    public const int CompaniesPerUnit = 15;
    public const int ContactsPerUnit = 60;

    /// <summary>Companies added by every five units after the first: 1.8 a unit, 30 per 1,000 contacts.</summary>
    public const int CompaniesPerFiveLaterUnits = 9;

    /// <summary>The people met who introduce most of the others.</summary>
    private const int Connectors = 4;

    /// <summary>Contacts suggested during a completed interview; the rest the user knew or was introduced to.</summary>
    private const int SuggestedPerUnit = 4;

    /// <summary>The interviews of a unit, in the order they are given contacts: every status, most completed.</summary>
    private static readonly InterviewStatus[] Statuses =
    [
        .. Enumerable.Repeat(InterviewStatus.Completed, 12),
        .. Enumerable.Repeat(InterviewStatus.Scheduled, 4),
        .. Enumerable.Repeat(InterviewStatus.Requested, 4),
        InterviewStatus.Accepted, InterviewStatus.Accepted,
        InterviewStatus.Declined, InterviewStatus.Declined,
        InterviewStatus.NoAnswer, InterviewStatus.NoAnswer,
        InterviewStatus.Planned, InterviewStatus.Planned,
        InterviewStatus.Cancelled, InterviewStatus.Cancelled,
    ];

    /// <summary>
    /// Which of <see cref="Statuses"/> a later unit interviews: 12 of its 60 contacts, every one who
    /// suggests a contact among them, and a third of the rest across the statuses.
    /// </summary>
    private static readonly int[] LaterUnitInterviews =
        [.. Enumerable.Range(0, Statuses.Length).Where(i => i < SuggestedPerUnit || i % 3 == 0)];

    private static readonly ContactSource[] Sources =
    [
        ContactSource.Alumni, ContactSource.Introduced, ContactSource.Event, ContactSource.ExistingNetwork,
        ContactSource.Introduced, ContactSource.OnlineCommunity, ContactSource.ColdOutreach, ContactSource.Introduced,
        ContactSource.Alumni, ContactSource.Other,
    ];

    private static readonly OpportunityStatus[] OpportunityStatuses = Enum.GetValues<OpportunityStatus>();

    private readonly DateTime nowUtc = nowUtc;
    private readonly DateTime today = nowUtc.Date;
    private readonly IMarkdownRenderer renderer = renderer;

    /// <summary>New tags, to be saved once and given to every unit.</summary>
    public static IReadOnlyList<Tag> CreateTags() => SampleText.Tags.Select(name => new Tag(name)).ToList();

    /// <summary>
    /// Unit <paramref name="index"/>: its companies, contacts (with touches and tags), interviews (with
    /// their steps, questions and outcomes), the follow-ups the user would have planned or done, and
    /// opportunities. Units after the first number their company names, which are one per user.
    /// </summary>
    public SampleUnit CreateUnit(int index, IReadOnlyList<Tag> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var unit = new UnitBuilder(this, new Random(unchecked((seed * 7919) + index)), index, tags);
        return unit.Build();
    }

    private sealed class UnitBuilder(SampleGenerator generator, Random random, int index, IReadOnlyList<Tag> tags)
    {
        private readonly List<Company> companies = [];
        private readonly List<Contact> contacts = [];
        private readonly List<InterviewRequest> interviews = [];
        private readonly List<FollowUp> followUps = [];
        private readonly List<Opportunity> opportunities = [];

        private DateTime Now => generator.nowUtc;

        private bool IsSample => index == 0;

        public SampleUnit Build()
        {
            AddCompanies();
            AddContacts();
            foreach (var i in IsSample ? Enumerable.Range(0, Statuses.Length) : LaterUnitInterviews)
            {
                AddInterview(contacts[i], Statuses[i], i);
            }

            AddOpportunitiesOnTheSide();
            AddFollowUpsOfTheUser();
            return new SampleUnit(companies, contacts, interviews, followUps, opportunities);
        }

        private void AddCompanies()
        {
            var count = IsSample
                ? SampleText.Companies.Length
                : (CompaniesPerFiveLaterUnits * index / 5) - (CompaniesPerFiveLaterUnits * (index - 1) / 5);
            foreach (var (name, industry, location) in Enumerable.Range(index * 2, count).Select(i => SampleText.Companies[i % SampleText.Companies.Length]))
            {
                var company = new Company(index == 0 ? name : $"{name} {index + 1}", Past(random.Next(200, 365)))
                {
                    Industry = industry,
                    Location = location,
                    Website = $"https://{Slug(name)}.example",
                };
                company.Score(random.Next(Company.MaxScore + 1), random.Next(Company.MaxScore + 1));
                if (companies.Count < SampleText.CompanyNotes.Length)
                {
                    company.WriteNotes(Markdown(SampleText.CompanyNotes[companies.Count]));
                }

                companies.Add(company);
            }
        }

        private void AddContacts()
        {
            for (var i = 0; i < ContactsPerUnit - SuggestedPerUnit; i++)
            {
                var createdAgo = random.Next(1, 365);
                var contact = NewContact(companies[i % companies.Count], Past(createdAgo));
                contact.Source = i < Connectors ? ContactSource.ExistingNetwork : Sources[i % Sources.Length];
                if (contact.Source == ContactSource.Introduced)
                {
                    // Skewed towards the first connector, so that one person has introduced the most.
                    contact.IntroducedBy = contacts[Math.Min(random.Next(Connectors + 2), Connectors - 1)];
                }

                contact.Connection = ConnectionOf(contact);
                if (i % 6 == 0)
                {
                    contact.KeepInTouchEvery(30 * (1 + (i / 6 % 3)));
                }

                if (i % 4 == 0)
                {
                    contact.WriteNotes(Markdown(SampleText.ContactNotes[i / 4 % SampleText.ContactNotes.Length]));
                }

                foreach (var tag in tags.OrderBy(_ => random.Next()).Take(random.Next(3)))
                {
                    contact.Tags.Add(new ContactTag { Contact = contact, Tag = tag });
                }

                // Later units log one touch more on every fourth contact: two a contact with the interviews' own.
                for (var touches = random.Next(4) + (!IsSample && i % 4 == 1 ? 1 : 0); touches > 0; touches--)
                {
                    contact.LogTouch(
                        Pick(Enum.GetValues<InteractionKind>()),
                        random.Next(3) == 0 ? InteractionDirection.Incoming : InteractionDirection.Outgoing,
                        Past(random.Next(1, createdAgo + 1)),
                        Pick(SampleText.TouchSummaries));
                }

                contacts.Add(contact);
            }
        }

        private Contact NewContact(Company? company, DateTime createdUtc)
        {
            var first = Pick(SampleText.FirstNames);
            var last = Pick(SampleText.LastNames);
            return new Contact(first, last, createdUtc)
            {
                Company = company,
                Role = Pick(SampleText.Roles),
                Email = $"{Slug(first)}.{Slug(last)}@{(company is null ? "mail" : Slug(company.Name))}.example",
                LinkedInUrl = $"https://www.linkedin.com/in/{Slug(first)}-{Slug(last)}-{random.Next(100, 999)}",
                Location = company?.Location,
            };
        }

        private static string? ConnectionOf(Contact contact) => contact.Source switch
        {
            ContactSource.Alumni => "We both studied at the University of Leeds",
            ContactSource.Introduced => $"{contact.IntroducedBy!.FirstName} suggested I get in touch",
            ContactSource.Event => "We met at the Northern Data meetup",
            ContactSource.OnlineCommunity => "I read your posts in the analytics community",
            ContactSource.ExistingNetwork => "We worked together before",
            _ => null,
        };

        private void AddInterview(Contact contact, InterviewStatus status, int number)
        {
            var purpose = Pick(Enum.GetValues<InterviewPurpose>());
            var introduced = contact.IntroducedBy is not null;
            var channel = introduced ? AskChannel.Introduction : Pick([AskChannel.Email, AskChannel.LinkedIn, AskChannel.Phone]);
            var askedAgo = status switch
            {
                InterviewStatus.Completed => 10 + (number * 14) + random.Next(7),
                InterviewStatus.Scheduled => random.Next(4, 12),
                InterviewStatus.Requested => 2 + (number % 4 * 5),
                InterviewStatus.Accepted => random.Next(3, 8),
                InterviewStatus.Declined or InterviewStatus.Cancelled => random.Next(30, 90),
                InterviewStatus.NoAnswer => random.Next(40, 120),
                _ => 0,
            };
            var interview = new InterviewRequest(contact, purpose, SampleText.Goals[purpose], channel, Past(askedAgo + random.Next(1, 5)))
            {
                Company = contact.Company,
                Introducer = contact.IntroducedBy,
            };
            interviews.Add(interview);
            if (status == InterviewStatus.Planned || (status == InterviewStatus.Cancelled && number % 2 == 0))
            {
                if (status == InterviewStatus.Cancelled)
                {
                    interview.MoveTo(InterviewStatus.Cancelled, Past(askedAgo));
                }

                return;
            }

            var askedUtc = Past(askedAgo);
            interview.MoveTo(InterviewStatus.Requested, askedUtc);
            switch (status)
            {
                case InterviewStatus.Declined:
                case InterviewStatus.Cancelled:
                    interview.MoveTo(status, Past(askedAgo - random.Next(2, 6)));
                    break;
                case InterviewStatus.NoAnswer:
                    interview.MoveTo(status, Past(askedAgo - 14));
                    break;
                case InterviewStatus.Accepted:
                    interview.MoveTo(status, Past(random.Next(1, askedAgo)));
                    break;
                case InterviewStatus.Scheduled:
                    Schedule(interview, askedAgo, Future(1 + (number % 4 * 4)));
                    interview.AddQuestions(SampleText.Questions);
                    break;
                case InterviewStatus.Completed:
                    Complete(interview, askedAgo, number);
                    break;
            }
        }

        private void Schedule(InterviewRequest interview, int askedAgo, DateTime startUtc)
        {
            var acceptedUtc = Past(askedAgo - 1 - random.Next(2));
            interview.MoveTo(InterviewStatus.Accepted, acceptedUtc);
            interview.Schedule(startUtc, Pick([30, 45, 60]), Pick(Enum.GetValues<MeetingFormat>()), null, acceptedUtc.AddMinutes(10));
        }

        /// <summary>A meeting a week or more after the ask, its answers, notes and outcome, and what came of it.</summary>
        private void Complete(InterviewRequest interview, int askedAgo, int number)
        {
            var metAgo = askedAgo - 7 - random.Next(3);
            var metUtc = Past(metAgo);
            Schedule(interview, askedAgo, metUtc);
            interview.Complete(metUtc, Now);
            interview.AddQuestions(SampleText.Questions);
            foreach (var question in interview.Questions.Take(SampleText.Answers.Length))
            {
                question.WasAsked = true;
                question.Answer = SampleText.Answers[question.Position];
            }

            interview.WriteNotes(Markdown(Pick(SampleText.InterviewNotes)));
            var unadvertised = number % 3 == 0;
            var referred = number % 5 == 1;
            interview.RecordOutcome(new InterviewOutcome(
                Pick(SampleText.Insights),
                Pick(SampleText.Advice),
                Pick(SampleText.Resources),
                "Send a thank-you and the portfolio link.",
                3 + random.Next(3),
                unadvertised,
                number % 2 == 0,
                number % 4 != 3,
                referred));
            if (Opportunity.KindFromOutcome(unadvertised, referred) is { } kind)
            {
                AddOpportunity(kind, interview.Contact, DateOnly.FromDateTime(metUtc), interview);
            }

            if (number < SuggestedPerUnit)
            {
                var suggested = interview.SuggestPerson(Pick(SampleText.FirstNames), Pick(SampleText.LastNames), Pick(SampleText.Roles), metUtc.AddHours(2));
                suggested.Company = Pick(companies);
                suggested.Connection = ConnectionOf(suggested);
                contacts.Add(suggested);
            }

            // Meetings long past were thanked, and the older ones updated; recent ones are left for the
            // save to plan, as it does for a meeting the user records.
            if (metAgo > 7)
            {
                foreach (var followUp in FollowUpPlanner.PlanAfterMeeting(interview, ApplicationUser.DefaultThankYouAfterDays, ApplicationUser.DefaultUpdateAfterDays, []))
                {
                    if (followUp.DueUtc < Now.AddDays(-7))
                    {
                        followUp.Complete(followUp.DueUtc.AddHours(random.Next(1, 30)));
                    }

                    followUps.Add(followUp);
                }
            }
        }

        private void AddOpportunitiesOnTheSide()
        {
            AddOpportunity(OpportunityKind.AdvertisedRole, Pick(contacts), DateOnly.FromDateTime(Past(random.Next(5, 60))), null);
            AddOpportunity(OpportunityKind.ProjectOrFreelance, Pick(contacts), DateOnly.FromDateTime(Past(random.Next(5, 60))), null);
            AddOpportunity(OpportunityKind.AdvertisedRole, null, DateOnly.FromDateTime(Past(random.Next(5, 120))), null);
        }

        private void AddOpportunity(OpportunityKind kind, Contact? contact, DateOnly learnedOn, InterviewRequest? interview)
        {
            var learnedUtc = learnedOn.ToDateTime(new TimeOnly(18, 0), DateTimeKind.Utc);
            var company = contact?.Company ?? Pick(companies);
            var title = $"{Pick(SampleText.OpportunityTitles)} at {company.Name}";
            var opportunity = new Opportunity(title, kind, learnedOn, learnedUtc)
            {
                Company = company,
                Contact = contact,
                InterviewRequest = interview,
            };
            var status = OpportunityStatuses[opportunities.Count % OpportunityStatuses.Length];
            var movedUtc = learnedUtc.AddDays(random.Next(1, 5));
            opportunity.MoveTo(status, movedUtc < Now ? movedUtc : Now);
            opportunity.SetDates(learnedOn, status == OpportunityStatus.Closed ? null : DateOnly.FromDateTime(Future(random.Next(7, 40))));
            opportunity.LinkTo($"https://{Slug(company.Name)}.example/careers/{opportunities.Count + 1}");
            opportunities.Add(opportunity);
        }

        /// <summary>Follow-ups the user planned: some overdue, one due now, some ahead, some done.</summary>
        private void AddFollowUpsOfTheUser()
        {
            (int DueInDays, bool Done)[] plan = [(-6, false), (-2, false), (0, false), (3, false), (9, false), (-20, true), (-40, true)];
            foreach (var (dueInDays, done) in plan)
            {
                var contact = Pick(contacts);
                var title = string.Format(CultureInfo.InvariantCulture, Pick(SampleText.FollowUpTitles), contact.FirstName);
                var dueUtc = dueInDays switch
                {
                    0 => Now,
                    < 0 => Past(-dueInDays),
                    _ => Future(dueInDays),
                };
                var followUp = new FollowUp(contact, Pick([FollowUpKind.Resource, FollowUpKind.Other]), title, dueUtc, Past(10 - dueInDays));
                if (done)
                {
                    followUp.Complete(dueUtc.AddHours(2));
                }

                followUps.Add(followUp);
            }
        }

        /// <summary>A time of a working day <paramref name="daysAgo"/> (at least 1) days before today.</summary>
        private DateTime Past(int daysAgo) => generator.today.AddDays(-Math.Max(1, daysAgo)).AddHours(9 + random.Next(8)).AddMinutes(15 * random.Next(4));

        private DateTime Future(int daysAhead) => generator.today.AddDays(Math.Max(1, daysAhead)).AddHours(9 + random.Next(8)).AddMinutes(15 * random.Next(4));

        private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

        private RenderedMarkdown? Markdown(string text) => RenderedMarkdown.Of(text, generator.renderer);

        private static string Slug(string text) =>
            new(SearchKey.Fold(text).Where(char.IsAsciiLetterOrDigit).ToArray());
    }
}

/// <summary>One unit of generated rows; saving the roots saves the rest through their navigations.</summary>
public sealed record SampleUnit(
    IReadOnlyList<Company> Companies,
    IReadOnlyList<Contact> Contacts,
    IReadOnlyList<InterviewRequest> Interviews,
    IReadOnlyList<FollowUp> FollowUps,
    IReadOnlyList<Opportunity> Opportunities)
{
    public IEnumerable<object> Roots => [.. Companies, .. Contacts, .. Interviews, .. FollowUps, .. Opportunities];
}
