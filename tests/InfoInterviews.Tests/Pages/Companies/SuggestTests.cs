using System.Net;
using System.Net.Http.Json;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;

namespace InfoInterviews.Tests.Pages.Companies;

public abstract class SuggestTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    private static async Task<List<string>> SuggestionsAsync(Network network, string url)
    {
        using var response = await network.Client.Http.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<List<string>>())!;
    }

    [SkippableFact]
    public async Task Suggests_the_users_companies_that_start_with_the_typed_name_whatever_case_and_accents()
    {
        using var network = await Network.SignInAsync(factory);
        using var stranger = await Network.SignInAsync(factory);
        await network.AddCompanyAsync("École Polytechnique");
        await network.AddCompanyAsync("Ecolab");
        await network.AddCompanyAsync("Green Ecology");
        await stranger.AddCompanyAsync("Ecotech");

        Assert.Equal(["Ecolab", "École Polytechnique"], await SuggestionsAsync(network, "/Companies/Suggest?q=%C3%89CO"));
        Assert.Equal(["École Polytechnique"], await SuggestionsAsync(network, "/Companies/Suggest?q=ecole%20p"));
        Assert.Empty(await SuggestionsAsync(network, "/Companies/Suggest?q=ecot"));
    }

    [SkippableFact]
    public async Task Suggests_at_most_twenty_names()
    {
        using var network = await Network.SignInAsync(factory);
        for (var i = 0; i < 25; i++)
        {
            await network.AddCompanyAsync($"Many {i:00}");
        }

        var names = await SuggestionsAsync(network, "/Companies/Suggest?q=many");

        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"Many {i:00}"), names);
    }

    [SkippableTheory]
    [InlineData("/Companies/Suggest")]
    [InlineData("/Companies/Suggest?q=")]
    [InlineData("/Tags/Suggest")]
    public async Task Without_a_name_to_complete_answers_400(string url)
    {
        using var network = await Network.SignInAsync(factory);

        using var response = await network.Client.Http.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [SkippableFact]
    public async Task A_name_longer_than_any_company_or_tag_name_answers_400()
    {
        using var network = await Network.SignInAsync(factory);

        using var company = await network.Client.Http.GetAsync(new Uri("/Companies/Suggest?q=" + new string('a', Company.NameMaxLength + 1), UriKind.Relative));
        using var tag = await network.Client.Http.GetAsync(new Uri("/Tags/Suggest?q=" + new string('a', Tag.NameMaxLength + 1), UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, company.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tag.StatusCode);
    }

    [SkippableFact]
    public async Task Suggests_the_users_own_tags_only()
    {
        using var network = await Network.SignInAsync(factory);
        using var stranger = await Network.SignInAsync(factory);
        await network.AddTagAsync("Fintech");
        await network.AddTagAsync("Finance");
        await network.AddTagAsync("Biotech");
        await stranger.AddTagAsync("Fin-ops");

        Assert.Equal(["Finance", "Fintech"], await SuggestionsAsync(network, "/Tags/Suggest?q=FIN"));
    }

    [SkippableFact]
    public async Task Signed_out_the_suggestions_are_not_given()
    {
        using var client = factory.CreateAppClient();

        using var response = await client.Http.GetAsync(new Uri("/Companies/Suggest?q=a", UriKind.Relative));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("[", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public sealed class SuggestTestsOnSqlite(SqliteAppFactory factory) : SuggestTests<SqliteAppFactory>(factory);

public sealed class SuggestTestsOnPostgres(PostgresAppFactory factory) : SuggestTests<PostgresAppFactory>(factory);
