using System.Net;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Data;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace InfoInterviews.Tests.Pages.Contacts;

/// <summary>
/// Saving a contact costs the same in a workspace of any size: no query of the save reads all of the
/// user's rows of a table. On SQLite, whose query plans tell which index a query searches by.
/// </summary>
public sealed class EditScaleTests(SqliteAppFactory factory) : IClassFixture<SqliteAppFactory>
{
    [SkippableFact]
    public async Task Post_reads_no_table_by_its_owner_alone()
    {
        var plans = new SqliteQueryPlans();
        using var app = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<SqliteAppDbContext>(options => options.AddInterceptors(plans))));
        using var network = await Network.SignInAsync(factory, new AppClient(app.CreateClient(new() { AllowAutoRedirect = false })));
        var contact = await network.AddContactAsync("Grace", "Hopper");
        await network.AddTagAsync("compilers", contact.Id);
        var form = await network.Client.GetPageAsync($"/Contacts/{contact.Id}/Edit");

        var steps = await plans.RecordAsync(async () =>
        {
            using var saved = await network.Client.SubmitAsync(form, "#contact-form", new Dictionary<string, string?> { ["Input.Role"] = "Rear admiral" });
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        });

        Assert.NotEmpty(steps);
        Assert.DoesNotContain(steps, s => SqliteQueryPlans.ReadsByOwnerAlone(s.Step));
    }
}
