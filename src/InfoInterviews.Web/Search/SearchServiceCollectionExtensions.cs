namespace InfoInterviews.Web.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>The full-text search that the lists and the search page share.</summary>
    public static IServiceCollection AddSearch(this IServiceCollection services) => services.AddScoped<TextSearch>();
}
