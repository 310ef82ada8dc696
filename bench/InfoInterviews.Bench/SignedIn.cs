using System.Net;
using InfoInterviews.Tests.Infrastructure;

namespace InfoInterviews.Bench;

/// <summary>A client of the app's process signed in through the real login form, in a session of its own.</summary>
internal sealed class SignedIn : IDisposable
{
    private readonly CookieContainer cookies;
    private readonly Uri address;

    private SignedIn(AppClient client, CookieContainer cookies, Uri address)
    {
        Client = client;
        this.cookies = cookies;
        this.address = address;
    }

    public AppClient Client { get; }

    /// <summary>The Cookie header a browser in this session sends, for a load generator to send too.</summary>
    public string CookieHeader => cookies.GetCookieHeader(address);

    public static async Task<SignedIn> CreateAsync(Uri address, TestUser user)
    {
        var cookies = new CookieContainer();
        var client = new AppClient(new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(30),
        });
        using var signIn = await client.SignInAsync(user);
        if (signIn.StatusCode != HttpStatusCode.Redirect || signIn.Headers.Location?.OriginalString != "/")
        {
            client.Dispose();
            throw new InvalidOperationException($"Signing in to {address} answered {(int)signIn.StatusCode} {signIn.Headers.Location}.");
        }

        return new SignedIn(client, cookies, address);
    }

    public void Dispose() => Client.Dispose();
}
