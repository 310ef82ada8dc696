using System.Net;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InfoInterviews.Tests.Hosting;

/// <summary>
/// Several app instances on one PostgreSQL database, started together as a deployment behind a load
/// balancer starts them. PostgreSQL only: SQLite serves one instance. Each instance is a host with its own
/// service provider, and so its own Data Protection key ring in memory (<see cref="AppInstances"/>).
/// </summary>
public sealed class SeveralInstancesTests
{
    private static async Task<T> WithDbAsync<T>(AppInstances instances, int index, Func<AppDbContext, Task<T>> query)
    {
        await using var scope = instances[index].Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private static async Task AssertMigratedOnceWithOneKeyAsync(AppInstances instances)
    {
        for (var i = 0; i < 2; i++)
        {
            using var client = instances[i].CreateClient();
            using var ready = await client.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }

        var (all, applied, keys) = await WithDbAsync(instances, 0, async db =>
            (db.Database.GetMigrations().ToList(), (await db.Database.GetAppliedMigrationsAsync()).ToList(), await db.DataProtectionKeys.CountAsync()));
        Assert.Equal(all, applied);
        Assert.Equal(1, keys);
    }

    [SkippableFact]
    public async Task Two_instances_started_together_on_an_empty_database_both_start_on_the_whole_schema_and_one_key()
    {
        await using var instances = new AppInstances(2);

        await instances.StartAsync();

        await AssertMigratedOnceWithOneKeyAsync(instances);
    }

    [SkippableFact]
    public async Task Two_instances_started_together_without_a_database_create_it_and_both_start()
    {
        await using var instances = new AppInstances(2);

        await instances.StartAsync(createDatabase: false);

        await AssertMigratedOnceWithOneKeyAsync(instances);
    }

    [SkippableFact]
    public async Task A_form_from_one_instance_signed_in_there_is_accepted_by_the_other_and_each_reads_what_the_other_wrote()
    {
        await using var instances = new AppInstances(2);
        await instances.StartAsync();
        var cookies = new CookieContainer();
        using var first = instances.CreateClient(0, cookies);
        using var second = instances.CreateClient(1, cookies);
        await first.SignUpAndSignInAsync();

        var form = await first.GetPageAsync("/Contacts/Create");
        using var created = await second.SubmitAsync(form, "#contact-form", new Dictionary<string, string?>
        {
            ["Input.FirstName"] = "Grace",
            ["Input.LastName"] = "Hopper",
        });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = AppClient.IdFrom(created, "/Contacts/");
        var details = await first.GetPageAsync($"/Contacts/{id}");
        Assert.Contains("Grace Hopper", details.Text, StringComparison.Ordinal);
        var list = await second.GetPageAsync("/Contacts");
        Assert.Contains("Grace Hopper", list.Text, StringComparison.Ordinal);
    }
}
