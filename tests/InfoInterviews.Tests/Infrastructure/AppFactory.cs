using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace InfoInterviews.Tests.Infrastructure;

/// <summary>
/// The real app over a real database of its own, one per test class. Time is a fake clock that
/// starts now and moves only when a test moves it.
/// </summary>
public abstract class AppFactory : WebApplicationFactory<Program>
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>Lets a test act just before the app's next save (see <see cref="SaveHook"/>).</summary>
    public SaveHook Saves { get; } = new();

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "infointerviews-tests", Guid.NewGuid().ToString("N"));

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

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("ConnectionStrings:Default", ConnectionString);
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");

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
            services.AddSingleton<TimeProvider>(Clock);
            services.ConfigureDbContext<SqliteAppDbContext>(options => options.AddInterceptors(Saves));
            services.ConfigureDbContext<PostgresAppDbContext>(options => options.AddInterceptors(Saves));
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
