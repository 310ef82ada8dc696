using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Time;
using static InfoInterviews.Web.Export.WorkspaceDocument;

namespace InfoInterviews.Web.Export;

/// <summary>The document a restore reads, and the builder that turns its records into entities.</summary>
public sealed partial class WorkspaceRestore
{
    /// <summary>The document as read: the tables of <see cref="WorkspaceDocument"/>; a table left out is empty.</summary>
    private sealed record Contents(
        AccountRecord? Account,
        IReadOnlyList<CompanyRecord>? Companies,
        IReadOnlyList<TagRecord>? Tags,
        IReadOnlyList<ContactRecord>? Contacts,
        IReadOnlyList<ContactTagRecord>? ContactTags,
        IReadOnlyList<TouchRecord>? Touches,
        IReadOnlyList<InterviewRecord>? Interviews,
        IReadOnlyList<StatusChangeRecord>? InterviewStatusChanges,
        IReadOnlyList<InterviewQuestionRecord>? InterviewQuestions,
        IReadOnlyList<FollowUpRecord>? FollowUps,
        IReadOnlyList<OpportunityRecord>? Opportunities,
        IReadOnlyList<QuestionSetRecord>? QuestionSets,
        IReadOnlyList<QuestionRecord>? Questions,
        IReadOnlyList<TemplateRecord>? Templates);

    /// <summary>Builds the entities of one document, finding each reference among the rows it built before.</summary>
    private sealed class Rows(Contents contents, IMarkdownRenderer renderer, DateTime nowUtc)
    {
        private readonly Dictionary<int, Company> companies = [];
        private readonly Dictionary<int, Tag> tags = [];
        private readonly Dictionary<int, Contact> contacts = [];
        private readonly Dictionary<int, InterviewRequest> interviews = [];
        private readonly Dictionary<int, QuestionSet> questionSets = [];
        private readonly List<InterviewStatusChange> steps = [];
        private readonly List<Interaction> touches = [];
        private readonly List<FollowUp> followUps = [];
        private readonly List<Opportunity> opportunities = [];
        private readonly List<OutreachTemplate> templates = [];

        public RestoredCounts Counts => new(contacts.Count, companies.Count, interviews.Count, followUps.Count, opportunities.Count);

        /// <summary>Builds every row through its entity, taking the account's settings onto <paramref name="user"/>.</summary>
        public void Build(ApplicationUser user)
        {
            if (contents.Account is { } account)
            {
                TakeSettings(user, account, nowUtc);
            }

            foreach (var record in contents.Companies ?? [])
            {
                var company = new Company(Text(record.Name, "company"), record.CreatedUtc)
                {
                    Website = record.Website,
                    Industry = record.Industry,
                    Location = record.Location,
                };
                company.Score(record.Motivation, record.Posting);
                company.WriteNotes(Notes(record.Notes));
                Keep(companies, record.Id, company, "company");
            }

            foreach (var record in contents.Tags ?? [])
            {
                Keep(tags, record.Id, new Tag(Text(record.Name, "tag")), "tag");
            }

            foreach (var record in contents.Contacts ?? [])
            {
                var contact = new Contact(Text(record.FirstName, "contact"), record.LastName, record.CreatedUtc)
                {
                    Email = record.Email,
                    Phone = record.Phone,
                    LinkedInUrl = record.LinkedInUrl,
                    Company = Find(companies, record.CompanyId, "company"),
                    Role = record.Role,
                    Location = record.Location,
                    Source = record.Source,
                    Connection = record.Connection,
                    ConnectedOn = record.ConnectedOn,
                };
                contact.KeepInTouchEvery(record.KeepInTouchDays);
                contact.WriteNotes(Notes(record.Notes));
                contact.KeepRecordedReplies(record.AwaitingReplySinceUtc, record.NoReplyAfterUtc, record.RepliedAs);
                if (record.IsArchived)
                {
                    contact.Archive();
                }

                Keep(contacts, record.Id, contact, "contact");
            }

            foreach (var record in contents.ContactTags ?? [])
            {
                var contact = Find(contacts, record.ContactId, "contact")!;
                contact.Tags.Add(new ContactTag { Contact = contact, Tag = Find(tags, record.TagId, "tag") });
            }

            BuildInterviews();

            foreach (var record in contents.InterviewStatusChanges ?? [])
            {
                steps.Add(Find(interviews, record.InterviewId, "interview")!.RecordedStep(record.FromStatus, record.ToStatus, record.ChangedUtc, record.ScheduledStartUtc));
            }

            foreach (var record in contents.Touches ?? [])
            {
                touches.Add(Find(contacts, record.ContactId, "contact")!.RecordedTouch(
                    record.Kind, record.Direction, record.OccurredUtc, record.Summary, Find(interviews, record.InterviewId, "interview")));
            }

            BuildFollowUps();
            BuildOpportunities();
            BuildQuestionSets();
            foreach (var record in contents.Templates ?? [])
            {
                templates.Add(new OutreachTemplate(Text(record.Name, "template"), record.Step, record.Subject, Text(record.Body, "template body")));
            }
        }

        /// <summary>
        /// Saves the rows table by table, each in the document's order. The database numbers rows in the
        /// order they are inserted, and EF Core inserts the rows of one save that depend on nothing first,
        /// so a single save of every table would number them out of order and the next export would list
        /// them differently. A row's own parts (a contact's tags, an interview's questions) go with it.
        /// </summary>
        public async Task SaveAsync(AppDbContext db, CancellationToken cancellationToken)
        {
            await SaveTableAsync(db, InOrder(contents.Companies, r => companies[r.Id]), cancellationToken);
            await SaveTableAsync(db, InOrder(contents.Tags, r => tags[r.Id]), cancellationToken);
            await SaveTableAsync(db, InOrder(contents.Contacts, r => contacts[r.Id]), cancellationToken);
            await SaveTableAsync(db, InOrder(contents.Interviews, r => interviews[r.Id]), cancellationToken);
            await SaveTableAsync(db, steps, cancellationToken);
            await SaveTableAsync(db, touches, cancellationToken);
            await SaveTableAsync(db, followUps, cancellationToken);
            await SaveTableAsync(db, opportunities, cancellationToken);
            await SaveTableAsync(db, InOrder(contents.QuestionSets, r => questionSets[r.Id]), cancellationToken);
            await SaveTableAsync(db, templates, cancellationToken);
        }

        private static IEnumerable<TRow> InOrder<TRecord, TRow>(IReadOnlyList<TRecord>? records, Func<TRecord, TRow> row) =>
            (records ?? []).Select(row);

        private static async Task SaveTableAsync<TRow>(AppDbContext db, IEnumerable<TRow> rows, CancellationToken cancellationToken)
            where TRow : class
        {
            db.Set<TRow>().AddRange(rows);
            await db.SaveAsRecordedAsync(cancellationToken);
        }

        /// <summary>Sets who introduced each contact and the interview each was suggested in.</summary>
        public void Link()
        {
            foreach (var record in contents.Contacts ?? [])
            {
                var contact = contacts[record.Id];
                contact.IntroducedBy = Find(contacts, record.IntroducedById, "contact");
                Contact.EnsureIntroducerIsSomeoneElse(contact.Id, contact.IntroducedBy?.Id);
                contact.SuggestedInInterview = Find(interviews, record.SuggestedInInterviewId, "interview");
            }
        }

        private static void TakeSettings(ApplicationUser user, AccountRecord account, DateTime nowUtc)
        {
            if (string.IsNullOrWhiteSpace(account.DisplayName) || account.DisplayName.Trim().Length > ApplicationUser.DisplayNameMaxLength
                || !TimeZones.IsKnown(account.TimeZoneId)
                || account.ThankYouAfterDays is < 0 or > ApplicationUser.MaxFollowUpOffsetDays
                || account.UpdateAfterDays is < 0 or > ApplicationUser.MaxFollowUpOffsetDays
                || account.WeeklyGoal is < 1 or > ApplicationUser.MaxWeeklyGoal)
            {
                throw new DomainRuleException("The account settings in this export are not ones the settings page accepts.");
            }

            user.DisplayName = account.DisplayName.Trim();
            user.ThankYouAfterDays = account.ThankYouAfterDays;
            user.UpdateAfterDays = account.UpdateAfterDays;
            user.WeeklyGoal = account.WeeklyGoal;
            user.ChooseZoneAndDigest(account.TimeZoneId, account.SendsDigest, account.DigestHour, nowUtc);
        }

        private void BuildInterviews()
        {
            foreach (var record in contents.Interviews ?? [])
            {
                var interview = InterviewRequest.Recorded(
                    Find(contacts, record.ContactId, "contact"), record.ContactName, record.Purpose, record.Goal, record.Channel, record.CreatedUtc);
                interview.Company = Find(companies, record.CompanyId, "company");
                interview.Introducer = Find(contacts, record.IntroducerId, "contact");
                interview.KeepRecordedState(record.Status, record.ScheduledStartUtc, record.DurationMinutes, record.Format, record.LocationOrLink, record.CompletedUtc);
                interview.WriteNotes(Notes(record.Notes));
                var outcome = new InterviewOutcome(
                    record.KeyInsights,
                    record.Advice,
                    record.ResourcesMentioned,
                    record.NextSteps,
                    record.Usefulness,
                    record.LearnedOfUnadvertisedOpportunity,
                    record.GotOnRadarOfKeyPerson,
                    record.GainedInsightForApplications,
                    record.WasReferred);
                if (record.Status == InterviewStatus.Completed || outcome != new InterviewOutcome(null, null, null, null, null, false, false, false, false))
                {
                    interview.RecordOutcome(outcome);
                }

                Keep(interviews, record.Id, interview, "interview");
            }

            foreach (var record in contents.InterviewQuestions ?? [])
            {
                Find(interviews, record.InterviewId, "interview")!.AddRecordedQuestion(record.Position, Text(record.Text, "question"), record.Answer, record.WasAsked);
            }
        }

        private void BuildFollowUps()
        {
            foreach (var record in contents.FollowUps ?? [])
            {
                var followUp = new FollowUp(Find(contacts, record.ContactId, "contact")!, record.Kind, Text(record.Title, "follow-up"), record.DueUtc, record.CreatedUtc);
                followUp.Edit(record.Kind, record.Title, record.Notes, record.DueUtc);
                if (Find(interviews, record.InterviewId, "interview") is { } interview)
                {
                    followUp.BelongTo(interview);
                }

                if (record.CompletedUtc is { } completedUtc)
                {
                    followUp.Complete(completedUtc);
                }

                followUps.Add(followUp);
            }
        }

        private void BuildOpportunities()
        {
            foreach (var record in contents.Opportunities ?? [])
            {
                var opportunity = new Opportunity(Text(record.Title, "opportunity"), record.Kind, record.LearnedOn, record.CreatedUtc)
                {
                    Company = Find(companies, record.CompanyId, "company"),
                    Contact = Find(contacts, record.ContactId, "contact"),
                    InterviewRequest = Find(interviews, record.InterviewId, "interview"),
                };
                opportunity.SetDates(record.LearnedOn, record.ActBy);
                opportunity.LinkTo(record.Url);
                opportunity.WriteNotes(Notes(record.Notes));
                opportunity.KeepRecordedStatus(record.Status, record.StatusChangedUtc);
                opportunities.Add(opportunity);
            }
        }

        private void BuildQuestionSets()
        {
            foreach (var record in contents.QuestionSets ?? [])
            {
                Keep(questionSets, record.Id, new QuestionSet(Text(record.Name, "question set"), record.Purpose) { Description = record.Description }, "question set");
            }

            // Each set numbers its questions from 0 in the order the document gives their places.
            foreach (var record in (contents.Questions ?? []).OrderBy(q => q.QuestionSetId).ThenBy(q => q.Position))
            {
                Find(questionSets, record.QuestionSetId, "question set")!.Add(Text(record.Text, "question"));
            }
        }

        private RenderedMarkdown? Notes(string? markdown) => RenderedMarkdown.Of(markdown, renderer);

        /// <summary>A text the document must hold; a missing one gets the entity's own message.</summary>
        private static string Text(string? value, string what) =>
            value ?? throw new DomainRuleException($"A {what} in this export has no name or text.");

        private static void Keep<T>(Dictionary<int, T> rows, int id, T row, string what)
        {
            if (!rows.TryAdd(id, row))
            {
                throw new DomainRuleException($"This export holds two of its {what} rows under the id {id}.");
            }
        }

        private static T? Find<T>(Dictionary<int, T> rows, int? id, string what)
            where T : class =>
            id is not { } key ? null
            : rows.TryGetValue(key, out var row) ? row
            : throw new DomainRuleException($"A row of this export refers to {what} {key}, which the export does not hold.");
    }
}
