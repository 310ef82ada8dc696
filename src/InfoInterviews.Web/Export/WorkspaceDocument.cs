using System.IO.Pipelines;
using System.Text.Json;
using System.Text.Json.Serialization;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Export;

/// <summary>
/// Everything a user owns as one JSON document, in the format described in <c>docs/export-format.md</c>.
/// Each table is read in id order without tracking and written row by row as it streams from the
/// database; rows refer to each other by the ids in the document.
/// </summary>
public sealed class WorkspaceDocument(AppDbContext db, ICurrentUser currentUser, TimeProvider time)
{
    public const string Format = "infointerviews-workspace";

    /// <summary>Raised whenever a field is removed or changes meaning; added fields keep the version.</summary>
    public const int Version = 1;

    private const string ContentType = "application/json; charset=utf-8";

    /// <summary>Sent to the response once this much is waiting, so memory stays flat whatever the size.</summary>
    private const int FlushAtBytes = 32 * 1024;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>
    /// The document as a download. <paramref name="personalData"/>, when given, is added as it is: the
    /// account fields Identity counts as personal data, which only the account's own download carries.
    /// </summary>
    public DownloadResult Download(string fileName, IReadOnlyDictionary<string, string>? personalData = null) =>
        new(ContentType, fileName, (stream, cancellationToken) => WriteAsync(stream, personalData, cancellationToken));

    private async Task WriteAsync(Stream stream, IReadOnlyDictionary<string, string>? personalData, CancellationToken cancellationToken)
    {
        var userId = currentUser.Id;

        // The serializer flushes its writer after each value; over a pipe that only hands the bytes on,
        // and the pipe is flushed to the response asynchronously (a stream would be written to at once,
        // and synchronous writes to a response are refused).
        var pipe = PipeWriter.Create(stream, new StreamPipeWriterOptions(leaveOpen: true));
        using var json = new Utf8JsonWriter(pipe, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("format", Format);
        json.WriteNumber("version", Version);
        json.WriteString("exportedUtc", time.GetUtcNow().UtcDateTime);

        var account = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new AccountRecord(u.DisplayName, u.TimeZoneId, u.ThankYouAfterDays, u.UpdateAfterDays, u.WeeklyGoal, u.SendsDigest, u.DigestHour))
            .SingleAsync(cancellationToken);
        json.WritePropertyName("account");
        JsonSerializer.Serialize(json, account, Options);
        if (personalData is not null)
        {
            json.WritePropertyName("personalData");
            JsonSerializer.Serialize(json, personalData, Options);
        }

        await WriteArrayAsync(json, pipe, "companies", db.Companies.AsNoTracking().OrderBy(c => c.Id).Select(c => new CompanyRecord(
            c.Id, c.Name, c.Website, c.Industry, c.Location, c.Motivation, c.Posting, c.Notes, c.CreatedUtc)), cancellationToken);
        await WriteArrayAsync(json, pipe, "tags", db.Tags.AsNoTracking().OrderBy(t => t.Id).Select(t => new TagRecord(t.Id, t.Name)), cancellationToken);
        await WriteArrayAsync(json, pipe, "contacts", db.Contacts.AsNoTracking().OrderBy(c => c.Id).Select(c => new ContactRecord(
            c.Id,
            c.FirstName,
            c.LastName,
            c.Email,
            c.Phone,
            c.LinkedInUrl,
            c.CompanyId,
            c.Role,
            c.Location,
            c.Source,
            c.Connection,
            c.ConnectedOn,
            c.IntroducedById,
            c.SuggestedInInterviewId,
            c.KeepInTouchDays,
            c.Notes,
            c.IsArchived,
            c.CreatedUtc,
            c.AwaitingReplySinceUtc,
            c.NoReplyAfterUtc,
            c.RepliedAs)), cancellationToken);
        await WriteArrayAsync(json, pipe, "contactTags", db.ContactTags.AsNoTracking().OrderBy(t => t.ContactId).ThenBy(t => t.TagId)
            .Select(t => new ContactTagRecord(t.ContactId, t.TagId)), cancellationToken);
        await WriteArrayAsync(json, pipe, "touches", db.Interactions.AsNoTracking().OrderBy(i => i.Id).Select(i => new TouchRecord(
            i.Id, i.ContactId, i.InterviewRequestId, i.Kind, i.Direction, i.OccurredUtc, i.Summary)), cancellationToken);
        await WriteArrayAsync(json, pipe, "interviews", db.InterviewRequests.AsNoTracking().OrderBy(r => r.Id).Select(r => new InterviewRecord(
            r.Id,
            r.ContactId,
            r.ContactName,
            r.CompanyId,
            r.IntroducerId,
            r.Purpose,
            r.Goal,
            r.Channel,
            r.Status,
            r.CreatedUtc,
            r.ScheduledStartUtc,
            r.DurationMinutes,
            r.Format,
            r.LocationOrLink,
            r.Notes,
            r.CompletedUtc,
            r.KeyInsights,
            r.Advice,
            r.ResourcesMentioned,
            r.NextSteps,
            r.Usefulness,
            r.LearnedOfUnadvertisedOpportunity,
            r.GotOnRadarOfKeyPerson,
            r.GainedInsightForApplications,
            r.WasReferred)), cancellationToken);
        await WriteArrayAsync(json, pipe, "interviewStatusChanges", db.InterviewStatusChanges.AsNoTracking().OrderBy(s => s.Id).Select(s => new StatusChangeRecord(
            s.Id, s.InterviewRequestId, s.FromStatus, s.ToStatus, s.ChangedUtc, s.ScheduledStartUtc)), cancellationToken);
        await WriteArrayAsync(json, pipe, "interviewQuestions", db.InterviewQuestions.AsNoTracking().OrderBy(q => q.InterviewRequestId).ThenBy(q => q.Position)
            .Select(q => new InterviewQuestionRecord(q.Id, q.InterviewRequestId, q.Position, q.Text, q.Answer, q.WasAsked)), cancellationToken);
        await WriteArrayAsync(json, pipe, "followUps", db.FollowUps.AsNoTracking().OrderBy(f => f.Id).Select(f => new FollowUpRecord(
            f.Id, f.ContactId, f.InterviewRequestId, f.Kind, f.Title, f.Notes, f.DueUtc, f.CreatedUtc, f.CompletedUtc)), cancellationToken);
        await WriteArrayAsync(json, pipe, "opportunities", db.Opportunities.AsNoTracking().OrderBy(o => o.Id).Select(o => new OpportunityRecord(
            o.Id, o.Title, o.Kind, o.Status, o.StatusChangedUtc, o.LearnedOn, o.ActBy, o.Url, o.Notes, o.CompanyId, o.ContactId, o.InterviewRequestId, o.CreatedUtc)), cancellationToken);
        await WriteArrayAsync(json, pipe, "questionSets", db.QuestionSets.AsNoTracking().OrderBy(s => s.Id).Select(s => new QuestionSetRecord(
            s.Id, s.Name, s.Purpose, s.Description)), cancellationToken);
        await WriteArrayAsync(json, pipe, "questions", db.Questions.AsNoTracking().OrderBy(q => q.QuestionSetId).ThenBy(q => q.Position)
            .Select(q => new QuestionRecord(q.Id, q.QuestionSetId, q.Position, q.Text)), cancellationToken);
        await WriteArrayAsync(json, pipe, "templates", db.OutreachTemplates.AsNoTracking().OrderBy(t => t.Id).Select(t => new TemplateRecord(
            t.Id, t.Name, t.Step, t.Subject, t.Body)), cancellationToken);

        json.WriteEndObject();
        json.Flush();
        await pipe.CompleteAsync();
    }

    private static async Task WriteArrayAsync<T>(Utf8JsonWriter json, PipeWriter pipe, string name, IQueryable<T> rows, CancellationToken cancellationToken)
    {
        json.WriteStartArray(name);
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            JsonSerializer.Serialize(json, row, Options);
            if (pipe.UnflushedBytes > FlushAtBytes)
            {
                await pipe.FlushAsync(cancellationToken);
            }
        }

        json.WriteEndArray();
    }

    public sealed record AccountRecord(string DisplayName, string TimeZoneId, int ThankYouAfterDays, int UpdateAfterDays, int WeeklyGoal, bool SendsDigest, int DigestHour);

    public sealed record CompanyRecord(
        int Id, string Name, string? Website, string? Industry, string? Location, int Motivation, int Posting, string? Notes, DateTime CreatedUtc);

    public sealed record TagRecord(int Id, string Name);

    public sealed record ContactRecord(
        int Id,
        string FirstName,
        string? LastName,
        string? Email,
        string? Phone,
        string? LinkedInUrl,
        int? CompanyId,
        string? Role,
        string? Location,
        ContactSource Source,
        string? Connection,
        DateOnly? ConnectedOn,
        int? IntroducedById,
        int? SuggestedInInterviewId,
        int? KeepInTouchDays,
        string? Notes,
        bool IsArchived,
        DateTime CreatedUtc,
        DateTime? AwaitingReplySinceUtc,
        DateTime? NoReplyAfterUtc,
        Responsiveness? RepliedAs);

    public sealed record ContactTagRecord(int ContactId, int TagId);

    public sealed record TouchRecord(
        int Id, int ContactId, int? InterviewId, InteractionKind Kind, InteractionDirection Direction, DateTime OccurredUtc, string? Summary);

    public sealed record InterviewRecord(
        int Id,
        int? ContactId,
        string ContactName,
        int? CompanyId,
        int? IntroducerId,
        InterviewPurpose Purpose,
        string? Goal,
        AskChannel Channel,
        InterviewStatus Status,
        DateTime CreatedUtc,
        DateTime? ScheduledStartUtc,
        int DurationMinutes,
        MeetingFormat? Format,
        string? LocationOrLink,
        string? Notes,
        DateTime? CompletedUtc,
        string? KeyInsights,
        string? Advice,
        string? ResourcesMentioned,
        string? NextSteps,
        int? Usefulness,
        bool LearnedOfUnadvertisedOpportunity,
        bool GotOnRadarOfKeyPerson,
        bool GainedInsightForApplications,
        bool WasReferred);

    public sealed record StatusChangeRecord(
        int Id, int InterviewId, InterviewStatus? FromStatus, InterviewStatus ToStatus, DateTime ChangedUtc, DateTime? ScheduledStartUtc);

    public sealed record InterviewQuestionRecord(int Id, int InterviewId, int Position, string Text, string? Answer, bool WasAsked);

    public sealed record FollowUpRecord(
        int Id, int ContactId, int? InterviewId, FollowUpKind Kind, string Title, string? Notes, DateTime DueUtc, DateTime CreatedUtc, DateTime? CompletedUtc);

    public sealed record OpportunityRecord(
        int Id,
        string Title,
        OpportunityKind Kind,
        OpportunityStatus Status,
        DateTime StatusChangedUtc,
        DateOnly LearnedOn,
        DateOnly? ActBy,
        string? Url,
        string? Notes,
        int? CompanyId,
        int? ContactId,
        int? InterviewId,
        DateTime CreatedUtc);

    public sealed record QuestionSetRecord(int Id, string Name, InterviewPurpose Purpose, string? Description);

    public sealed record QuestionRecord(int Id, int QuestionSetId, int Position, string Text);

    public sealed record TemplateRecord(int Id, string Name, OutreachStep Step, string? Subject, string Body);
}
