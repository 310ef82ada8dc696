using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Markdown;

namespace InfoInterviews.Tests.Guards;

/// <summary>The kinds of row a user owns that a page can name by id.</summary>
public enum RowKind
{
    Contact,
    Company,
    Tag,
    Touch,
    Interview,
    InterviewQuestion,
    QuestionSet,
    SetQuestion,
    Opportunity,
    FollowUp,
    Template,
    ImportFile,
}

/// <summary>
/// A signed-in user with one row of every kind, so that every id a page takes can be filled with a
/// real id of theirs.
/// </summary>
public sealed class Workspace(string userId, AppClient client, IReadOnlyDictionary<RowKind, int> ids) : IDisposable
{
    /// <summary>
    /// What an id parameter names: <c>id</c> by the page's folder, other names by folder and name. A
    /// page whose parameter is missing here fails the guards, so a new page is covered on purpose.
    /// </summary>
    private static readonly Dictionary<string, RowKind> KindsByFolderAndName = new(StringComparer.Ordinal)
    {
        ["/:contactId"] = RowKind.Contact,
        ["/Contacts:id"] = RowKind.Contact,
        ["/Contacts:introducedById"] = RowKind.Contact,
        ["/Contacts:otherId"] = RowKind.Contact,
        ["/Contacts:companyId"] = RowKind.Company,
        ["/Contacts/Touches:id"] = RowKind.Touch,
        ["/Companies:id"] = RowKind.Company,
        ["/Tags:id"] = RowKind.Tag,
        ["/Interviews:id"] = RowKind.Interview,
        ["/Interviews:contactId"] = RowKind.Contact,
        ["/Interviews:questionSetId"] = RowKind.QuestionSet,
        ["/Interviews:questionId"] = RowKind.InterviewQuestion,
        ["/QuestionSets:id"] = RowKind.QuestionSet,
        ["/QuestionSets:questionId"] = RowKind.SetQuestion,
        ["/Opportunities:id"] = RowKind.Opportunity,
        ["/Opportunities:interviewId"] = RowKind.Interview,
        ["/Opportunities:contactId"] = RowKind.Contact,
        ["/Opportunities:companyId"] = RowKind.Company,
        ["/FollowUps:id"] = RowKind.FollowUp,
        ["/FollowUps:contactId"] = RowKind.Contact,
        ["/FollowUps:interviewId"] = RowKind.Interview,
        ["/Templates:id"] = RowKind.Template,
        ["/Import:id"] = RowKind.ImportFile,
    };

    public string UserId => userId;

    public AppClient Client => client;

    public IReadOnlyDictionary<RowKind, int> Ids => ids;

    /// <summary>What the parameter of a page names, or null when no one has said yet.</summary>
    public static RowKind? KindOf(AppPage page, string parameter)
    {
        ArgumentNullException.ThrowIfNull(page);
        return KindsByFolderAndName.TryGetValue($"{page.Folder}:{parameter}", out var kind) ? kind : null;
    }

    /// <summary>This user's id for each of the page's id parameters.</summary>
    public Dictionary<string, object> ValuesFor(AppPage page, IEnumerable<string> parameters)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(parameters);
        return parameters.ToDictionary(p => p, p => (object)ids[KindOf(page, p)
            ?? throw new InvalidOperationException($"{page} takes {{{p}}}, which the guards cannot fill: say which row it names in {nameof(Workspace)}.{nameof(KindsByFolderAndName)}.")]);
    }

    private static readonly MarkdownRenderer Renderer = new();

    /// <summary>Signs a new user in (on <paramref name="client"/>, or a new one) and arranges one row of every kind for them, straight in the database.</summary>
    public static async Task<Workspace> ArrangeAsync(AppFactory factory, string label, AppClient? client = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        client ??= factory.CreateAppClient();
        var userId = await factory.SignInNewUserAsync(client);
        var (scope, db) = factory.CreateDbContextFor(userId);
        await using (scope)
        {
            var now = factory.Clock.GetUtcNow().UtcDateTime;
            var company = new Company($"{label} Company", now) { Website = "https://example.org" };
            company.WriteNotes(RenderedMarkdown.Of("Company notes", Renderer));
            var contact = new Contact($"{label}", "Contact", now) { Company = company, Role = "Engineer" };
            contact.WriteNotes(RenderedMarkdown.Of("Contact notes", Renderer));
            var tag = new Tag($"{label}-tag");
            var touch = contact.LogTouch(InteractionKind.Email, InteractionDirection.Outgoing, now.AddDays(-1), "First touch");
            var set = new QuestionSet($"{label} questions", InterviewPurpose.Job) { Description = "A set" };
            var setQuestion = set.Add("What surprised you most?");
            set.Add("What would you do again?");
            var interview = new InterviewRequest(contact, InterviewPurpose.Job, "How the team works", AskChannel.Email, now);
            interview.WriteNotes(RenderedMarkdown.Of("Interview notes", Renderer));
            db.AddRange(company, contact, tag, set, interview);
            db.ContactTags.Add(new ContactTag { Contact = contact, Tag = tag });
            var followUp = new FollowUp(contact, FollowUpKind.ThankYou, "Say thank you", now.AddDays(1), now);
            followUp.BelongTo(interview);
            db.FollowUps.Add(followUp);
            var opportunity = new Opportunity($"{label} opportunity", OpportunityKind.Referral, DateOnly.FromDateTime(now), now) { Contact = contact, Company = company, InterviewRequest = interview };
            opportunity.LinkTo("https://example.org/jobs/1");
            opportunity.WriteNotes(RenderedMarkdown.Of("Opportunity notes", Renderer));
            db.Opportunities.Add(opportunity);
            var template = new OutreachTemplate($"{label} template", OutreachStep.FirstRequest, "Hello", "Hello {FirstName}, {Connection}. Could we talk?");
            db.OutreachTemplates.Add(template);
            var importFile = new ImportFile("Connections.csv", $"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n{label},Imported,,,,,\n", now);
            db.ImportFiles.Add(importFile);
            await db.SaveChangesAsync();

            // Moves log touches linked to the interview, so it is saved first; scheduled, every interview page has its form.
            InfoInterviews.Tests.Domain.Interviews.Walk(interview, InterviewStatus.Scheduled, now);
            interview.AddQuestions(["What does a week look like?"]);
            await db.SaveChangesAsync();

            return new Workspace(userId, client, new Dictionary<RowKind, int>
            {
                [RowKind.Contact] = contact.Id,
                [RowKind.Company] = company.Id,
                [RowKind.Tag] = tag.Id,
                [RowKind.Touch] = touch.Id,
                [RowKind.Interview] = interview.Id,
                [RowKind.InterviewQuestion] = interview.Questions.Single().Id,
                [RowKind.QuestionSet] = set.Id,
                [RowKind.SetQuestion] = setQuestion.Id,
                [RowKind.Opportunity] = opportunity.Id,
                [RowKind.FollowUp] = followUp.Id,
                [RowKind.Template] = template.Id,
                [RowKind.ImportFile] = importFile.Id,
            });
        }
    }

    public void Dispose() => client.Dispose();
}
