using System.Net;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Tests.Pages.Contacts.Touches;

public abstract class EditTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : AppFactory
{
    [SkippableFact]
    public async Task Moving_the_latest_touch_back_in_time_recomputes_the_last_touch()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync("Alice", "Recalc", configure: c =>
        {
            c.LogTouch(InteractionKind.Email, InteractionDirection.Outgoing, network.Now.AddDays(-5), "Older");
            c.LogTouch(InteractionKind.Call, InteractionDirection.Outgoing, network.Now.AddDays(-1), "Latest");
        });
        var touchId = await network.WithDbAsync(db => db.Interactions.Where(i => i.Summary == "Latest").Select(i => i.Id).SingleAsync());
        var movedTo = network.Now.AddDays(-9);

        var form = await network.Client.GetPageAsync($"/Contacts/Touches/{touchId}/Edit");
        using var response = await network.Client.SubmitAsync(form, "#touch-form", new Dictionary<string, string?>
        {
            ["Input.Kind"] = "Video",
            ["Input.OccurredLocal"] = movedTo.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Summary"] = "Video, not a call",
        });

        Assert.Equal($"/Contacts/{contact.Id}", response.Headers.Location?.OriginalString);
        var saved = await network.WithDbAsync(db => db.Contacts.Include(c => c.Interactions).SingleAsync(c => c.Id == contact.Id));
        var touch = saved.Interactions.Single(i => i.Id == touchId);
        Assert.Equal((InteractionKind.Video, "Video, not a call"), (touch.Kind, touch.Summary));
        Assert.Equal(network.Now.AddDays(-5), saved.LastTouchUtc);
    }

    [SkippableFact]
    public async Task A_stale_form_shows_the_conflict_on_the_form_keeping_what_was_typed_and_the_newer_edit_stays()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync("Stella", "Stale", configure: c => c.LogTouch(InteractionKind.Email, InteractionDirection.Outgoing, network.Now.AddDays(-1), "First words"));
        var touchId = await network.WithDbAsync(db => db.Interactions.Select(i => i.Id).SingleAsync());
        var first = await network.Client.GetPageAsync($"/Contacts/Touches/{touchId}/Edit");
        var second = await network.Client.GetPageAsync($"/Contacts/Touches/{touchId}/Edit");

        using (var saved = await network.Client.SubmitAsync(first, "#touch-form", new Dictionary<string, string?> { ["Input.Summary"] = "Edited in one tab" }))
        {
            Assert.Equal($"/Contacts/{contact.Id}", saved.Headers.Location?.OriginalString);
        }

        using var stale = await network.Client.SubmitAsync(second, "#touch-form", new Dictionary<string, string?> { ["Input.Summary"] = "Edited in another tab" });

        var shown = await AppClient.ReadPageAsync(stale);
        Assert.Contains(InfoInterviews.Web.Pages.Contacts.Touches.EditModel.ConflictMessage, shown.Text, StringComparison.Ordinal);
        Assert.Equal("Edited in another tab", shown.Find("#Input_Summary").GetAttribute("value"));
        Assert.Equal("Edited in one tab", await network.WithDbAsync(db => db.Interactions.Select(i => i.Summary).SingleAsync()));

        using var again = await network.Client.SubmitAsync(shown, "#touch-form");
        Assert.Equal($"/Contacts/{contact.Id}", again.Headers.Location?.OriginalString);
        Assert.Equal("Edited in another tab", await network.WithDbAsync(db => db.Interactions.Select(i => i.Summary).SingleAsync()));
    }

    [SkippableFact]
    public async Task Post_with_a_summary_too_long_shows_a_message()
    {
        using var network = await Network.SignInAsync(factory);
        await network.AddContactAsync("Al", "Long", configure: c => c.LogTouch(InteractionKind.Email, InteractionDirection.Outgoing, network.Now.AddDays(-1), "Short"));
        var touchId = await network.WithDbAsync(db => db.Interactions.Select(i => i.Id).SingleAsync());

        var form = await network.Client.GetPageAsync($"/Contacts/Touches/{touchId}/Edit");
        using var response = await network.Client.SubmitAsync(form, "#touch-form", new Dictionary<string, string?> { ["Input.Summary"] = new string('s', 501) });

        Assert.Contains("A summary has at most 500 characters.", (await AppClient.ReadPageAsync(response)).Text, StringComparison.Ordinal);
        Assert.Equal("Short", await network.WithDbAsync(db => db.Interactions.Select(i => i.Summary).SingleAsync()));
    }

    [SkippableFact]
    public async Task Get_and_post_with_another_users_id_return_404()
    {
        using var owner = await Network.SignInAsync(factory);
        await owner.AddContactAsync("Owen", "Owner", configure: c => c.LogTouch(InteractionKind.Email, InteractionDirection.Outgoing, owner.Now, "Mine"));
        var touchId = await owner.WithDbAsync(db => db.Interactions.Select(i => i.Id).SingleAsync());
        using var intruder = await Network.SignInAsync(factory);

        await intruder.Client.GetPageAsync($"/Contacts/Touches/{touchId}/Edit", HttpStatusCode.NotFound);
        using var post = await intruder.Client.PostAsync($"/Contacts/Touches/{touchId}/Edit", new Dictionary<string, string>
        {
            ["Input.Kind"] = "Call",
            ["Input.OccurredLocal"] = "2020-01-01T10:00",
            ["Input.Summary"] = "Theirs",
        });

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal("Mine", await owner.WithDbAsync(db => db.Interactions.Select(i => i.Summary).SingleAsync()));
    }
}

public sealed class EditTestsOnSqlite(SqliteAppFactory factory) : EditTests<SqliteAppFactory>(factory);

public sealed class EditTestsOnPostgres(PostgresAppFactory factory) : EditTests<PostgresAppFactory>(factory);
