using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Time;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.UI.Services;

namespace InfoInterviews.Web.Accounts;

public static class AccountsServiceCollectionExtensions
{
    public const int PasswordMinLength = 12;
    public const int MaxFailedSignIns = 5;

    /// <summary>Identity with its default UI, the password and lockout policy, mail, and the user's clock.</summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDefaultIdentity<ApplicationUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = true;
                options.User.RequireUniqueEmail = true;

                // Length protects; composition rules only make passwords harder to remember.
                options.Password.RequiredLength = PasswordMinLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;

                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>();

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "InfoInterviews.Auth";
            options.SlidingExpiration = true;
        });

        var mail = configuration.GetSection("Smtp");
        services.Configure<MailOptions>(mail);
        if (string.IsNullOrWhiteSpace(mail["Host"]))
        {
            services.AddSingleton<IEmailSender, OutboxEmailSender>();
        }
        else
        {
            services.AddSingleton<IEmailSender, SmtpEmailSender>();
        }

        services.AddScoped<UserClock>();
        services.AddScoped<AccountLinks>();
        return services;
    }
}
