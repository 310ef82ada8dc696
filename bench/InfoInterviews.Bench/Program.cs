using System.Globalization;
using InfoInterviews.Bench;

// Measures the app under load at two sizes of one user's workspace: seeds SQLite through the app, starts the app
// built in Release as a process of its own, loads each page with wrk, runs a write test, and prints a Markdown
// table that it also keeps in docs/performance.md. Run it through bench/run, which installs wrk and builds the app.
var options = BenchOptions.Parse(args);
var repository = new DirectoryInfo(AppContext.BaseDirectory);
while (!File.Exists(Path.Combine(repository.FullName, "InfoInterviews.sln")))
{
    repository = repository.Parent ?? throw new InvalidOperationException("Run the benchmark from inside the repository.");
}

// Run from outside the test folders, the in-process app that seeds the data is told where its content root is.
Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_INFOINTERVIEWS_WEB", Path.Combine(repository.FullName, "src", "InfoInterviews.Web"));
var directory = Path.Combine(Path.GetTempPath(), "infointerviews-bench");
Directory.CreateDirectory(directory);

var runs = new List<SizeRun>();
WriteResult? write = null;
foreach (var size in options.Sizes)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"== {size:N0} contacts"));
    var scenario = await Scenario.PrepareAsync(size, options, directory, measureImport: size == options.LargestSize);
    await using var app = await AppProcess.StartAsync(repository.FullName, scenario.DatabasePath, scenario.DataDirectory);
    using var session = await SignedIn.CreateAsync(app.Address, scenario.User);
    var loads = new Dictionary<string, LoadResult>();
    foreach (var page in scenario.Pages)
    {
        // A page that does not answer 200 to this session would be measured as a redirect or an error page.
        await session.Client.GetPageAsync(page.Url);
        var url = new Uri(app.Address, page.Url);
        await Wrk.RunAsync(url, session.CookieHeader, options.Connections, options.WarmUpSeconds);
        var load = await Wrk.RunAsync(url, session.CookieHeader, options.Connections, options.Seconds);
        loads[page.Name] = load;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{page.Name}: {load.RequestsPerSecond:F0} req/s, p50 {load.P50Ms:F1} ms, p99 {load.P99Ms:F1} ms, {load.Failures} failed"));
    }

    await session.Client.GetPageAsync("/");
    if (size == options.LargestSize)
    {
        write = await WriteLoad.RunAsync(app.Address, scenario, options.WriteSeconds);
    }

    runs.Add(new SizeRun(scenario, loads, app.ResidentMegabytes()));
}

var table = Report.Markdown(options, runs, write);
Console.WriteLine();
Console.WriteLine(table);
if (options.WriteDocs)
{
    var document = Path.Combine(repository.FullName, "docs", "performance.md");
    await File.WriteAllTextAsync(document, Report.Document(table, args));
    Console.WriteLine($"Kept in {document}.");
}
