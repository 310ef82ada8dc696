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

    /// <summary>Identity with its default UI, the password and lockout policy, server-side sessions, mail, and the user's clock.</summary>
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
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>()
            .AddUserManager<AppUserManager>()
            .AddSignInManager<AppSignInManager>()
            .AddPasswordValidator<CommonPasswordValidator>();
        services.AddSingleton<UnknownAccountSignIns>();

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "InfoInterviews.Auth";
            options.SlidingExpiration = true;
            options.EventsType = typeof(SessionCookieEvents);
        });
        services.AddScoped<UserSessions>();
        services.AddScoped<SessionCookieEvents>();

        // The periodic security stamp check rebuilds the principal from the user; the cookie must keep
        // naming its session, or every browser would be signed out at the first check.
        services.Configure<SecurityStampValidatorOptions>(options => options.OnRefreshingPrincipal = SessionCookieEvents.KeepSession);

        var mail = configuration.GetSection("Smtp");
        services.Configure<MailOptions>(mail);
        var sender = string.IsNullOrWhiteSpace(mail["Host"]) ? typeof(OutboxEmailSender) : typeof(SmtpEmailSender);
        services.AddSingleton(sender);
        services.AddSingleton<IEmailSender>(provider =>
            ActivatorUtilities.CreateInstance<ThrottledEmailSender>(provider, (IEmailSender)provider.GetRequiredService(sender)));

        services.AddScoped<UserClock>();
        services.AddScoped<AccountLinks>();
        services.AddScoped<AccountMail>();
        return services;
    }
}
