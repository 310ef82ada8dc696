using System.Diagnostics;
using System.Globalization;
using System.Text;
using InfoInterviews.Bench;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Storage;
using Microsoft.Extensions.DependencyInjection;

// Measures the dashboard and the list pages over a large workspace: real HTTP through the app on a SQLite file, after
// a warm-up, and prints a table. Usage: dotnet run -c Release --project bench/InfoInterviews.Bench [contacts]
var contacts = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
const int Runs = 20;

// Run from outside the test folders, the test host is told where the app's content root is.
var root = new DirectoryInfo(AppContext.BaseDirectory);
while (!File.Exists(Path.Combine(root.FullName, "InfoInterviews.sln")))
{
    root = root.Parent ?? throw new InvalidOperationException("Run the benchmark from inside the repository.");
}

Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_INFOINTERVIEWS_WEB", Path.Combine(root.FullName, "src", "InfoInterviews.Web"));

await using var factory = new SqliteAppFactory();
using var client = factory.CreateAppClient();
var user = await client.SignUpAndSignInAsync();
var userId = await factory.FindUserIdAsync(user.Email);

var seeding = Stopwatch.StartNew();
var workspace = await Workspace.SeedAsync(factory, userId, contacts);

// As the app's hourly maintenance would after such growth: fresh planner statistics.
await factory.Services.GetRequiredService<SqliteOptimizer>().OptimizeAsync(CancellationToken.None);
seeding.Stop();
Console.WriteLine($"Seeded {workspace.Contacts:N0} contacts, {workspace.Companies:N0} companies, {workspace.Tags} tags and {workspace.Interviews:N0} interviews in {seeding.Elapsed.TotalSeconds:F1} s.");

string[] pages =
[
    "/",
    "/?days=365",
    "/Contacts",
    "/Contacts?sort=lasttouch&desc=true",
    "/Contacts?sort=company",
    "/Contacts?sort=nextfollowup",
    $"/Contacts?page={contacts / 25 / 2}",
    "/Contacts?q=northwind",
    "/Contacts?q=zz-no-match",
    "/Contacts?quiet=90",
    $"/Contacts?tag={workspace.FirstTagId}",
    $"/Contacts?company={workspace.FirstCompanyId}",
    $"/Contacts/{workspace.FirstContactId}",
    "/Contacts/Duplicates",
    $"/Contacts/Duplicates?page={contacts / 100 / 25 / 2}",
    "/Companies",
    "/Companies?sort=advocacy&desc=true",
    "/Interviews",
];

Console.WriteLine();
Console.WriteLine($"| page | median ms | p95 ms | max ms | ({Runs} runs after 3 warm-up) |");
Console.WriteLine("| --- | ---: | ---: | ---: | --- |");
foreach (var page in pages)
{
    for (var i = 0; i < 3; i++)
    {
        await client.GetPageAsync(page);
    }

    var times = new List<double>();
    for (var i = 0; i < Runs; i++)
    {
        var watch = Stopwatch.StartNew();
        await client.GetPageAsync(page);
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| `{page}` | {times[Runs / 2]:F1} | {times[(int)(Runs * 0.95) - 1]:F1} | {times[^1]:F1} | |"));
}

// Imports LinkedIn's export of 10,000 connections into the same workspace, through the real pages.
const int Connections = 10_000;
var csv = new StringBuilder("Notes:\n\"Some email addresses are missing.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
for (var i = 0; i < Connections; i++)
{
    csv.Append(CultureInfo.InvariantCulture, $"Imported{i},\"Person, {i}\",https://www.linkedin.com/in/imported-{i},,\"Import Co {i % 500}, Ltd\",Engineer,15 Mar 2024\n");
}

var upload = Encoding.UTF8.GetBytes(csv.ToString());
Console.WriteLine();
Console.WriteLine($"| import of {Connections:N0} LinkedIn connections ({upload.Length / 1024:N0} KiB) | ms |");
Console.WriteLine("| --- | ---: |");
async Task<HtmlPage> TimedAsync(string step, Func<Task<HtmlPage>> action)
{
    var watch = Stopwatch.StartNew();
    var result = await action();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {step} | {watch.Elapsed.TotalMilliseconds:F0} |"));
    return result;
}

async Task<HtmlPage> UploadAndPreviewAsync()
{
    using var uploaded = await client.UploadAsync(await client.GetPageAsync("/Import"), "#import-form", "Input.File", "Connections.csv", upload);
    return await client.FollowAsync(uploaded);
}

var preview = await TimedAsync("upload and preview", UploadAndPreviewAsync);
await TimedAsync("confirm (all new)", async () =>
{
    using var confirmed = await client.SubmitAsync(preview, "#confirm-form");
    return await client.FollowAsync(confirmed);
});
var again = await TimedAsync("upload and preview again (all present)", UploadAndPreviewAsync);
Console.WriteLine($"Second preview: {again.Find("#count-new").TextContent} new, {again.Find("#count-present").TextContent} present.");

Console.WriteLine();
Console.WriteLine($"Process working set: {Environment.WorkingSet / (1024 * 1024)} MiB; managed heap: {GC.GetTotalMemory(false) / (1024 * 1024)} MiB.");
