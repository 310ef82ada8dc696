using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace InfoInterviews.Tests.Infrastructure;

/// <summary>
/// The real app over a real database of its own, one per test class, copied from a template that the
/// app migrated once for the whole test run (<see cref="TemplateApp"/>). Time is a fake clock that
/// starts now and moves only when a test moves it.
/// </summary>
public abstract class AppFactory : WebApplicationFactory<Program>
{
    private readonly Lock databaseLock = new();
    private bool databaseCreated;

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>Lets a test act just before the app's next save (see <see cref="SaveHook"/>).</summary>
    /// <summary>
    /// Turns off SQLite's flush to disk on every connection the app opens, after the app's own level. A test
    /// database is thrown away after its class, so a commit that would not survive a power cut loses nothing,
    /// while the flush costs several milliseconds on each of the suite's many thousand commits. Locking,
    /// transactions and what every other connection reads stay exactly as they are. One instance for every
    /// host, so that EF Core shares its internal services between them.
    /// </summary>
    private static readonly SqliteSynchronous WithoutSync = new("OFF");

    public SaveHook Saves { get; } = new();

    /// <summary>Counts the SQL commands the app sends while a test asks it to.</summary>
    public CommandCounter Commands { get; } = new();

    /// <summary>Where the test databases, templates and data folders are made.</summary>
    public static string TestsDirectory { get; } = Path.Combine(Path.GetTempPath(), "infointerviews-tests");

    public string DataDirectory { get; } = Path.Combine(TestsDirectory, Guid.NewGuid().ToString("N"));

    public string OutboxDirectory => Path.Combine(DataDirectory, "outbox");

    protected abstract string Provider { get; }

    protected abstract string ConnectionString { get; }

    /// <summary>Why this database cannot be used here, or null when it can.</summary>
    protected virtual string? Unavailable => null;

    /// <summary>Skips the calling test where this database is missing (a failure under CI=true).</summary>
    public void SkipUnlessAvailable() => Skip.If(Unavailable is not null, Unavailable);

    /// <summary>A client with its own cookies that does not follow redirects, so tests see each one.</summary>
    public AppClient CreateAppClient()
    {
        SkipUnlessAvailable();
        return new AppClient(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
    }

    /// <summary>
    /// Moves the fake clock on to the next whole second and returns that time, which both databases
    /// store exactly (PostgreSQL keeps microseconds, not ticks).
    /// </summary>
    public DateTime ClockToWholeSecond()
    {
        var now = Clock.GetUtcNow();
        Clock.SetUtcNow(now.AddTicks(TimeSpan.TicksPerSecond - (now.Ticks % TimeSpan.TicksPerSecond)));
        return Clock.GetUtcNow().UtcDateTime;
    }

    /// <summary>A database context that acts for the given user, as a request of theirs would.</summary>
    public (AsyncServiceScope Scope, AppDbContext Db) CreateDbContextFor(string? userId)
    {
        SkipUnlessAvailable();
        var scope = Services.CreateAsyncScope();
        if (userId is not null)
        {
            scope.ServiceProvider.GetRequiredService<HttpCurrentUser>().ActAs(userId);
        }

        return (scope, scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public async Task<string> FindUserIdAsync(string email)
    {
        var (scope, _) = CreateDbContextFor(null);
        await using (scope)
        {
            var user = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email);
            return user?.Id ?? throw new InvalidOperationException($"No account for {email}.");
        }
    }

    /// <summary>The settings that put the app in Development on a database: the test hosts' and the template's.</summary>
    internal static void UseDatabase(IWebHostBuilder builder, string provider, string connectionString, string dataDirectory)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting("ConnectionStrings:Default", connectionString);
        builder.UseSetting("Storage:DataDirectory", dataDirectory);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        SkipUnlessAvailable();

        // Hosts made by WithWebHostBuilder come through here too: they share this factory's database.
        lock (databaseLock)
        {
            if (!databaseCreated)
            {
                CreateDatabase();
                databaseCreated = true;
            }
        }

        return base.CreateHost(builder);
    }

    /// <summary>Gives this factory its own database, a copy of the migrated template.</summary>
    protected abstract void CreateDatabase();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        UseDatabase(builder, Provider, ConnectionString, DataDirectory);

        // Every test client comes from one address and the suite signs up hundreds of users: tests of
        // the limits set small ones on a host of their own.
        builder.UseSetting("RateLimits:AccountFormsPerAddress", "1000000");
        builder.UseSetting("RateLimits:AccountFormsPerAccount", "1000000");
        builder.UseSetting("RateLimits:PreviewsPerAddress", "1000000");
        builder.UseSetting("RateLimits:MailsPerAddressPerHour", "1000");

        // Tests moving the clock would otherwise set the digest timer off in the background; digest tests
        // call DigestService.RunDueAsync themselves.
        builder.UseSetting("Digest:Interval", "00:00:00");
        builder.ConfigureTestServices(services =>
        {
            // The suite creates and signs in well over a thousand users, and a password hash at the
            // production cost takes a tenth of a second of this machine's time: the same hasher at the
            // lowest cost keeps every sign-in real.
            services.Configure<PasswordHasherOptions>(options => options.IterationCount = 1);
            services.AddSingleton<TimeProvider>(Clock);
            services.ConfigureDbContext<SqliteAppDbContext>(options => options.AddInterceptors(Saves, Commands, WithoutSync));
            services.ConfigureDbContext<PostgresAppDbContext>(options => options.AddInterceptors(Saves, Commands));
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await DropDatabaseAsync();
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    protected abstract Task DropDatabaseAsync();
}
