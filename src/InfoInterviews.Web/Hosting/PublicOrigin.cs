namespace InfoInterviews.Web.Hosting;

/// <summary>
/// Where users reach the app (<c>App:PublicOrigin</c>, such as <c>https://infointerviews.example</c>). Links in
/// mail are built on it rather than on the request's Host header, which whoever sends the request chooses. An
/// https origin also turns on the HTTPS redirect, secure cookies and, outside Development, HSTS.
/// </summary>
/// <param name="Address">The configured origin; null only in Development, where links follow the request.</param>
public sealed record PublicOrigin(Uri? Address)
{
    public const string Setting = "App:PublicOrigin";

    public bool IsHttps => Address?.Scheme == Uri.UriSchemeHttps;

    public static PublicOrigin From(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var value = configuration[Setting];
        if (string.IsNullOrWhiteSpace(value))
        {
            return environment.IsDevelopment()
                ? new PublicOrigin(Address: null)
                : throw new InvalidOperationException(
                    $"{Setting} is not set. Outside Development set it to the address users reach the app at, " +
                    "such as \"https://infointerviews.example\": password reset and confirmation links in mail are built on it.");
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var address)
            || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp)
            || address.UserInfo.Length > 0 || address.Query.Length > 0 || address.Fragment.Length > 0)
        {
            throw new InvalidOperationException(
                $"{Setting} must be an http or https address with no query, such as \"https://infointerviews.example\", not '{value}'.");
        }

        return new PublicOrigin(address);
    }
}
