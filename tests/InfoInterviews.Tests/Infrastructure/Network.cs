using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Infrastructure;

/// <summary>
/// A user's workspace, arranged and read straight in the database as that user: the one place tests
/// build their data. Names left out are made unique, so tests sharing a database never collide.
/// </summary>
public sealed class Network : IDisposable
{
    private readonly AppFactory factory;
    private readonly AppClient? client;

    private Network(AppFactory factory, string userId, AppClient? client)
    {
        this.factory = factory;
        UserId = userId;
        this.client = client;
    }

    public string UserId { get; }

    /// <summary>The client signed in as this user.</summary>
    public AppClient Client => client ?? throw new InvalidOperationException("This network was arranged without a signed-in client.");

    /// <summary>The fake clock's time to the whole second, which both databases store exactly.</summary>
    public DateTime Now
    {
        get
        {
            var now = factory.Clock.GetUtcNow().UtcDateTime;
            return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
        }
    }

    /// <summary>A new user, signed in on <paramref name="client"/> (a new client when none is given).</summary>
    public static async Task<Network> SignInAsync(AppFactory factory, AppClient? client = null, string timeZone = "UTC")
    {
        ArgumentNullException.ThrowIfNull(factory);
        client ??= factory.CreateAppClient();
        return new Network(factory, await factory.SignInNewUserAsync(client, timeZone), client);
    }

    /// <summary>The workspace of a user already signed in elsewhere, to arrange data for them.</summary>
    public static Network Of(AppFactory factory, string userId)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return new Network(factory, userId, client: null);
    }

    /// <summary><paramref name="stem"/> followed by eight characters no other test uses.</summary>
    public static string Unique(string stem)
    {
        ArgumentNullException.ThrowIfNull(stem);
        return $"{stem}{Guid.NewGuid():N}"[..(stem.Length + 8)];
    }

    /// <summary>Runs work on a database context acting as this user, saving what it changed.</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var (scope, db) = factory.CreateDbContextFor(UserId);
        await using (scope)
        {
            var result = await work(db);
            await db.SaveChangesAsync();
            return result;
        }
    }

    public Task<Contact> AddContactAsync(string? firstName = null, string? lastName = null, string? company = null, Action<Contact>? configure = null) =>
        WithDbAsync(db =>
        {
            var contact = new Contact(firstName ?? Unique("Contact"), lastName, Now);
            if (company is not null)
            {
                contact.Company = db.Companies.Local.FirstOrDefault(c => c.Name == company)
                    ?? db.Companies.FirstOrDefault(c => c.Name == company)
                    ?? new Company(company, Now);
            }

            configure?.Invoke(contact);
            db.Contacts.Add(contact);
            return Task.FromResult(contact);
        });

    public Task<Company> AddCompanyAsync(string? name = null, int motivation = 0, int posting = 0) =>
        WithDbAsync(db =>
        {
            var company = new Company(name ?? Unique("Company"), Now);
            company.Score(motivation, posting);
            db.Companies.Add(company);
            return Task.FromResult(company);
        });

    /// <summary>A new opportunity, learned of today; <paramref name="configure"/> links it or moves it on.</summary>
    public Task<Opportunity> AddOpportunityAsync(string? title = null, OpportunityKind kind = OpportunityKind.RoleNotAdvertised, Action<Opportunity>? configure = null) =>
        WithDbAsync(db =>
        {
            var opportunity = new Opportunity(title ?? Unique("Opportunity"), kind, DateOnly.FromDateTime(Now), Now);
            configure?.Invoke(opportunity);
            db.Opportunities.Add(opportunity);
            return Task.FromResult(opportunity);
        });

    public Task<Tag> AddTagAsync(string name, params int[] contactIds) =>
        WithDbAsync(db =>
        {
            var tag = new Tag(name);
            db.Tags.Add(tag);
            foreach (var contactId in contactIds)
            {
                db.ContactTags.Add(new ContactTag { ContactId = contactId, Tag = tag });
            }

            return Task.FromResult(tag);
        });

    /// <summary>A new interview with a new contact, walked along allowed moves to <paramref name="status"/>.</summary>
    public Task<InterviewRequest> AddInterviewAsync(string? contactName = null, InterviewStatus status = InterviewStatus.Planned) =>
        WithDbAsync(async db =>
        {
            var now = factory.Clock.GetUtcNow().UtcDateTime;
            var contact = new Contact(contactName ?? Unique("Contact"), null, now);
            var interview = new InterviewRequest(contact, InterviewPurpose.Job, "How the team works", AskChannel.Email, now);
            db.InterviewRequests.Add(interview);

            // Moves log touches linked to the interview, so it is saved first.
            await db.SaveChangesAsync();
            Domain.Interviews.Walk(interview, status, now);
            return interview;
        });

    /// <summary>
    /// A follow-up with <paramref name="contactId"/> (or after <paramref name="interviewId"/>, with its
    /// contact) due at <paramref name="dueUtc"/>, a day from now when left out, and done at
    /// <paramref name="doneUtc"/> if given.
    /// </summary>
    public Task<FollowUp> AddFollowUpAsync(
        int? contactId = null,
        int? interviewId = null,
        string? title = null,
        DateTime? dueUtc = null,
        FollowUpKind kind = FollowUpKind.Other,
        DateTime? doneUtc = null) =>
        WithDbAsync(async db =>
        {
            var interview = interviewId is int id ? await db.InterviewRequests.SingleAsync(r => r.Id == id) : null;
            var contact = await db.Contacts.SingleAsync(c => c.Id == (contactId ?? interview!.ContactId));
            var followUp = new FollowUp(contact, kind, title ?? Unique("Follow up "), dueUtc ?? Now.AddDays(1), Now);
            if (interview is not null)
            {
                followUp.BelongTo(interview);
            }

            if (doneUtc is { } done)
            {
                followUp.Complete(done);
            }

            db.FollowUps.Add(followUp);
            return followUp;
        });

    public Task<FollowUp?> FindFollowUpAsync(int id) =>
        WithDbAsync(db => db.FollowUps.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id));

    public Task AddQuestionsAsync(int interviewId, params string[] texts) =>
        WithDbAsync(async db =>
        {
            var interview = await db.InterviewRequests.FindAsync(interviewId) ?? throw new InvalidOperationException("No such interview.");
            await db.Entry(interview).Collection(i => i.Questions).LoadAsync();
            interview.AddQuestions(texts);
            return interview;
        });

    public Task<QuestionSet> AddQuestionSetAsync(string? name = null, params string[] questions) =>
        WithDbAsync(db =>
        {
            var set = new QuestionSet(name ?? Unique("Set "), InterviewPurpose.Job);
            foreach (var question in questions)
            {
                set.Add(question);
            }

            db.QuestionSets.Add(set);
            return Task.FromResult(set);
        });

    public Task<OutreachTemplate> AddTemplateAsync(
        string? name = null,
        OutreachStep step = OutreachStep.FirstRequest,
        string? subject = "A question about your work",
        string body = "Hi {FirstName},\n\n{Connection}. Could we talk?\n\n{MyName}") =>
        WithDbAsync(db =>
        {
            var template = new OutreachTemplate(name ?? Unique("Template "), step, subject, body);
            db.OutreachTemplates.Add(template);
            return Task.FromResult(template);
        });

    public Task<InterviewRequest> LoadInterviewAsync(int interviewId) =>
        WithDbAsync(db => db.InterviewRequests.AsNoTracking()
            .Include(r => r.History)
            .Include(r => r.Questions)
            .SingleAsync(r => r.Id == interviewId));

    public Task<QuestionSet?> FindQuestionSetAsync(int id) =>
        WithDbAsync(db => db.QuestionSets.AsNoTracking().Include(s => s.Questions).SingleOrDefaultAsync(s => s.Id == id));

    /// <summary>The set's questions in their order.</summary>
    public static string[] QuestionTexts(QuestionSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return set.Ordered.Select(q => q.Text).ToArray();
    }

    public void Dispose() => client?.Dispose();
}
