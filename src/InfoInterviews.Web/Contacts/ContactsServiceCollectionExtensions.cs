namespace InfoInterviews.Web.Contacts;

public static class ContactsServiceCollectionExtensions
{
    /// <summary>What the contact, company and tag pages share.</summary>
    public static IServiceCollection AddContacts(this IServiceCollection services)
    {
        services.AddScoped<CompanyEditor>();
        services.AddScoped<ContactEditor>();
        services.AddScoped<ContactDuplicates>();
        services.AddScoped<ContactMerge>();
        services.AddScoped<ContactNames>();
        services.AddScoped<NameLookup>();
        services.AddScoped<TouchRevisions>();
        return services;
    }
}
