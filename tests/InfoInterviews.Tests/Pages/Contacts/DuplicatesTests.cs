using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Paging;

namespace InfoInterviews.Tests.Pages.Contacts;

public abstract class DuplicatesTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task Lists_contacts_sharing_a_linkedin_address_an_email_or_a_name_at_one_company_whatever_their_case_and_accents()
    {
        using var network = await Network.SignInAsync(factory);
        var company = Network.Unique("Acme");
        var jose = await network.AddContactAsync("José", "Pérez", company: company);
        var jose2 = await network.AddContactAsync("JOSE", "perez", company: company);
        await network.AddContactAsync("José", "Pérez", company: Network.Unique("Elsewhere"));
        var lin = await network.AddContactAsync("Lin", "Wei", configure: c => c.Email = "Lin.Wei@Example.com");
        var wei = await network.AddContactAsync("W.", "Lin", configure: c => c.Email = "lin.wei@example.com");
        var grace = await network.AddContactAsync("Grace", "Hopper", configure: c => c.LinkedInUrl = "https://www.linkedin.com/in/gracehopper/");
        var amazing = await network.AddContactAsync("Amazing", "Grace", configure: c => c.LinkedInUrl = "http://linkedin.com/in/GraceHopper?trk=profile");
        await network.AddContactAsync("Alone", "Here", configure: c => c.Email = "alone@example.com");

        var page = await network.Client.GetPageAsync("/Contacts/Duplicates");

        var groups = page.Document.QuerySelectorAll("#duplicates > li").Select(li => li.TextContent).ToList();
        Assert.Equal(3, groups.Count);
        Assert.Contains(groups, g => g.Contains("Same name at", StringComparison.Ordinal) && g.Contains("JOSE perez", StringComparison.Ordinal));
        Assert.Contains(groups, g => g.Contains("Same email", StringComparison.Ordinal) && g.Contains("W. Lin", StringComparison.Ordinal));
        Assert.Contains(groups, g => g.Contains("Same LinkedIn profile", StringComparison.Ordinal) && g.Contains("Amazing Grace", StringComparison.Ordinal));
        Assert.DoesNotContain("Alone Here", page.Text, StringComparison.Ordinal);
        var merges = page.Document.QuerySelectorAll("#duplicates a.btn").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/Contacts/{jose.Id}/Merge/{jose2.Id}", $"/Contacts/{lin.Id}/Merge/{wei.Id}", $"/Contacts/{grace.Id}/Merge/{amazing.Id}"], merges);
    }

    [SkippableFact]
    public async Task The_list_is_paged_by_group_and_shows_only_the_users_own()
    {
        using var network = await Network.SignInAsync(factory);
        await network.WithDbAsync(db =>
        {
            for (var i = 0; i < PagedListExtensions.DefaultPageSize + 1; i++)
            {
                var email = $"person{i}@example.com";
                db.Contacts.AddRange(
                    new Contact($"Person {i}", null, network.Now) { Email = email },
                    new Contact($"Same person {i}", null, network.Now) { Email = email.ToUpperInvariant() });
            }

            return Task.FromResult(0);
        });
        using var intruder = await Network.SignInAsync(factory);

        var first = await network.Client.GetPageAsync("/Contacts/Duplicates");
        var second = await network.Client.GetPageAsync("/Contacts/Duplicates?page=2");

        Assert.Equal(PagedListExtensions.DefaultPageSize, first.Document.QuerySelectorAll("#duplicates > li").Length);
        Assert.Single(second.Document.QuerySelectorAll("#duplicates > li"));
        var intruders = await intruder.Client.GetPageAsync("/Contacts/Duplicates");
        Assert.NotNull(intruders.Document.QuerySelector("#no-duplicates"));
        Assert.DoesNotContain("Person", intruders.Text, StringComparison.Ordinal);
    }
}

public sealed class DuplicatesTestsOnSqlite(SqliteAppFactory factory) : DuplicatesTests<SqliteAppFactory>(factory);

public sealed class DuplicatesTestsOnPostgres(PostgresAppFactory factory) : DuplicatesTests<PostgresAppFactory>(factory);
