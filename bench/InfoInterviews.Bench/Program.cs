using System.Diagnostics;
using System.Globalization;
using InfoInterviews.Bench;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Storage;
using Microsoft.Extensions.DependencyInjection;

// Measures the list pages over a large workspace: real HTTP through the app on a SQLite file, after
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
Console.WriteLine($"Seeded {contacts:N0} contacts, {workspace.Companies:N0} companies, {workspace.Tags} tags and {workspace.Interviews:N0} interviews in {seeding.Elapsed.TotalSeconds:F1} s.");

string[] pages =
[
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

Console.WriteLine();
Console.WriteLine($"Process working set: {Environment.WorkingSet / (1024 * 1024)} MiB; managed heap: {GC.GetTotalMemory(false) / (1024 * 1024)} MiB.");
