using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.SampleData;
using InfoInterviews.Web.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InfoInterviews.Bench;

/// <summary>A page the benchmark loads, by the name the table gives it.</summary>
internal sealed record BenchPage(string Name, string Url);

/// <summary>How long importing LinkedIn's export of many connections took, step by step, through the real pages.</summary>
internal sealed record ImportTimes(int Connections, int Kilobytes, double PreviewMs, double ConfirmMs, double PreviewAgainMs, string SecondPreview);

/// <summary>
/// One size of the benchmark: a SQLite file holding one user with <see cref="Size"/> contacts beside
/// many users with small workspaces, the pages to load as that user with the SQL commands each sends,
/// and the contacts the write test edits.
/// </summary>
internal sealed record Scenario(
    int Size,
    string DatabasePath,
    string DataDirectory,
    TestUser User,
    Workspace Workspace,
    IReadOnlyList<BenchPage> Pages,
    IReadOnlyDictionary<string, int> Commands,
    IReadOnlyList<int> WriteContactIds,
    ImportTimes? Import)
{
    public const string Baseline = "bare page, same layout (`/Help`)";

    /// <summary>
    /// Seeds the workspaces through the app in this process (the one generator users load sample data
    /// from), counts each page's SQL commands with an interceptor, and copies the database to a file of
    /// its own for the app's process. With <paramref name="measureImport"/>, it then times an import into
    /// the big workspace of this process, which the copy does not see.
    /// </summary>
    public static async Task<Scenario> PrepareAsync(int size, BenchOptions options, string directory, bool measureImport)
    {
        var databasePath = Path.Combine(directory, $"app-{size}.db");
        var dataDirectory = Path.Combine(directory, $"data-{size}");
        File.Delete(databasePath);
        Directory.CreateDirectory(dataDirectory);

        await using var factory = new SqliteAppFactory();
        using var client = factory.CreateAppClient();
        var user = Accounts.NewUser();
        var userId = await factory.CreateConfirmedUserAsync(user);
        var seeding = Stopwatch.StartNew();
        var workspace = await Workspace.SeedAsync(factory, userId, size);
        for (var i = 0; i < options.SmallUsers; i++)
        {
            await Workspace.SeedAsync(factory, await factory.CreateConfirmedUserAsync(Accounts.NewUser()), SampleGenerator.ContactsPerUnit);
        }

        // As the app's hourly maintenance would after such growth: fresh planner statistics.
        await factory.Services.GetRequiredService<SqliteOptimizer>().OptimizeAsync(CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Seeded {workspace.Contacts:N0} contacts and {options.SmallUsers} workspaces of {SampleGenerator.ContactsPerUnit} in {seeding.Elapsed.TotalSeconds:F0} s."));

        using var signIn = await client.SignInAsync(user);
        if (signIn.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in answered {signIn.StatusCode}.");
        }

        var pages = PagesOf(workspace, await DeepPageAsync(client));
        var commands = new Dictionary<string, int>();
        foreach (var page in pages)
        {
            await client.GetPageAsync(page.Url);
            commands[page.Name] = await factory.Commands.CountAsync(() => client.GetPageAsync(page.Url));
        }

        var (scope, db) = factory.CreateDbContextFor(userId);
        await using (scope)
        {
            await db.Database.ExecuteSqlAsync($"VACUUM INTO {databasePath}");
        }

        var import = measureImport ? await ImportAsync(client) : null;
        var writeContacts = Enumerable.Range(workspace.FirstContactId, options.Connections).ToArray();
        return new Scenario(size, databasePath, dataDirectory, user, workspace, pages, commands, writeContacts, import);
    }

    /// <summary>
    /// A page far down the contact list, reached as a user reaches it: its "Last" link, then "Previous".
    /// </summary>
    private static async Task<string> DeepPageAsync(AppClient client)
    {
        var first = await client.GetPageAsync("/Contacts");
        var last = first.Document.QuerySelector("nav a[rel='last']")?.GetAttribute("href");
        if (last is null)
        {
            return "/Contacts";
        }

        var previous = (await client.GetPageAsync(last)).Document.QuerySelector("nav a[rel='prev']")?.GetAttribute("href");
        return previous ?? last;
    }

    private static BenchPage[] PagesOf(Workspace workspace, string deepPage) =>
    [
        new(Baseline, "/Help"),
        new("dashboard (`/`)", "/"),
        new("contact list", "/Contacts"),
        new("contact list, a deep page", deepPage),
        new("contact list, search", "/Contacts?q=garcia"),
        new("a contact's details", $"/Contacts/{workspace.FirstContactId}"),
        new("interview list", "/Interviews"),
        new("follow-ups list", "/FollowUps"),
    ];

    /// <summary>Imports LinkedIn's export of 10,000 connections into the workspace, through the real pages.</summary>
    private static async Task<ImportTimes> ImportAsync(AppClient client)
    {
        const int Connections = 10_000;
        var csv = new StringBuilder("Notes:\n\"Some email addresses are missing.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
        for (var i = 0; i < Connections; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"Imported{i},\"Person, {i}\",https://www.linkedin.com/in/imported-{i},,\"Import Co {i % 500}, Ltd\",Engineer,15 Mar 2024\n");
        }

        var upload = Encoding.UTF8.GetBytes(csv.ToString());
        async Task<HtmlPage> UploadAndPreviewAsync()
        {
            using var uploaded = await client.UploadAsync(await client.GetPageAsync("/Import"), "#import-form", "Input.File", "Connections.csv", upload);
            return await client.FollowAsync(uploaded);
        }

        var watch = Stopwatch.StartNew();
        var preview = await UploadAndPreviewAsync();
        var previewMs = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        using (var confirmed = await client.SubmitAsync(preview, "#confirm-form"))
        {
            await client.FollowAsync(confirmed);
        }

        var confirmMs = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        var again = await UploadAndPreviewAsync();
        return new ImportTimes(Connections, upload.Length / 1024, previewMs, confirmMs, watch.Elapsed.TotalMilliseconds,
            $"{again.Find("#count-new").TextContent} new, {again.Find("#count-present").TextContent} present");
    }
}
