using System.Text.Json;
using System.Text.Json.Serialization;
using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Workspace;
using Microsoft.EntityFrameworkCore;
using static InfoInterviews.Web.Export.WorkspaceDocument;

namespace InfoInterviews.Web.Export;

/// <summary>
/// Puts a workspace export (<see cref="WorkspaceDocument"/>, docs/export-format.md) into the signed-in
/// user's empty workspace, as the document recorded it: every row is built through its entity with its
/// stored status and times, and saved without the follow-up routines (<see cref="AppDbContext.SaveAsRecordedAsync"/>),
/// since the document already holds what they planned and logged. Ids in the document only link its rows
/// to each other; the database gives new ones, and every row is the user's. All or nothing: one transaction.
/// </summary>
public sealed partial class WorkspaceRestore(AppDbContext db, ICurrentUser currentUser, IMarkdownRenderer renderer, TimeProvider time)
{
    /// <summary>
    /// Larger than an import's file: a document carries the whole workspace, and 10,000 contacts with
    /// their touches, interviews and follow-ups take some tens of megabytes.
    /// </summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    public const string NotEmptyMessage =
        "This workspace already holds contacts, companies, tags, interviews or opportunities. A restore only fills an empty workspace: restore into a new account.";

    public const string NotJsonMessage =
        "This file is not JSON. Upload the file that Export's \"Download everything (JSON)\" gave you, as it came.";

    public const string NotOursMessage =
        "This file is JSON, but not an InfoInterviews workspace export. Upload the file that Export's \"Download everything (JSON)\" gave you.";

    private static readonly JsonSerializerOptions ReadOptions = new(JsonSerializerDefaults.Web)
    {
        // Names only: a number would pass for any value of an enumeration, known or not.
        Converters = { new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false) },
    };

    /// <summary>Restores <paramref name="json"/>; refuses it with a message fit to show, saving nothing.</summary>
    public async Task<RestoredCounts> RestoreAsync(ReadOnlyMemory<byte> json, CancellationToken cancellationToken = default)
    {
        var utf8 = json.Span.StartsWith("\uFEFF"u8) ? json[3..] : json;
        EnsureOurFormat(utf8.Span);
        Contents contents;
        try
        {
            contents = JsonSerializer.Deserialize<Contents>(utf8.Span, ReadOptions)
                ?? throw new WorkspaceRestoreException(NotOursMessage);
        }
        catch (JsonException e)
        {
            throw new WorkspaceRestoreException($"This export cannot be read at {e.Path ?? "its start"}: a value there is missing or not of its kind. Nothing was restored.", e);
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (!await WorkspaceContents.IsEmptyAsync(db, cancellationToken))
            {
                throw new WorkspaceRestoreException(NotEmptyMessage);
            }

            // A new account starts with starter question sets and templates; the document holds the ones
            // the exported workspace had (starters included), which take their place rather than doubling them.
            await db.QuestionSets.ExecuteDeleteAsync(cancellationToken);
            await db.OutreachTemplates.ExecuteDeleteAsync(cancellationToken);
            var user = await db.Users.SingleAsync(u => u.Id == currentUser.Id, cancellationToken);

            var rows = new Rows(contents, renderer, time.GetUtcNow().UtcDateTime);
            rows.Build(user);
            await rows.SaveAsync(db, cancellationToken);

            // Introductions and suggestions can run in a circle (two contacts who introduced each other,
            // a contact suggested in an interview with the person they then introduced): EF Core cannot
            // order such inserts, so these links are set once every row has its key.
            rows.Link();
            await db.SaveAsRecordedAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return rows.Counts;
        }
        catch (DomainRuleException e)
        {
            db.ChangeTracker.Clear();
            throw new WorkspaceRestoreException($"{e.Message} Nothing was restored.", e);
        }
        catch (DbUpdateException e)
        {
            db.ChangeTracker.Clear();
            throw new WorkspaceRestoreException("A value in this export cannot be stored (too long, or the same name twice). Nothing was restored.", e);
        }
        catch (WorkspaceRestoreException)
        {
            db.ChangeTracker.Clear();
            throw;
        }
    }

    /// <summary>
    /// Reads only the format and version, so that a file of another kind or version gets its own message
    /// rather than an error about a field deep inside it.
    /// </summary>
    private static void EnsureOurFormat(ReadOnlySpan<byte> utf8)
    {
        string? format = null;
        int? version = null;
        try
        {
            var reader = new Utf8JsonReader(utf8);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new WorkspaceRestoreException(NotOursMessage);
            }

            while ((format is null || version is null) && reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                if (name == "format" && reader.TokenType == JsonTokenType.String)
                {
                    format = reader.GetString();
                }
                else if (name == "version" && reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number))
                {
                    version = number;
                }
                else
                {
                    reader.Skip();
                }
            }
        }
        catch (JsonException e)
        {
            throw new WorkspaceRestoreException(NotJsonMessage, e);
        }

        if (format != WorkspaceDocument.Format || version is null)
        {
            throw new WorkspaceRestoreException(NotOursMessage);
        }

        if (version != WorkspaceDocument.Version)
        {
            throw new WorkspaceRestoreException(
                $"This export is in version {version} of the format, which this app does not know (it reads version {WorkspaceDocument.Version}). Nothing was restored.");
        }
    }

    /// <summary>What a restore brought in, for the message after it.</summary>
    public sealed record RestoredCounts(int Contacts, int Companies, int Interviews, int FollowUps, int Opportunities);
}

/// <summary>Raised when a file cannot be restored; its message is fit to show the user.</summary>
public sealed class WorkspaceRestoreException : Exception
{
    public WorkspaceRestoreException()
    {
    }

    public WorkspaceRestoreException(string message)
        : base(message)
    {
    }

    public WorkspaceRestoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
