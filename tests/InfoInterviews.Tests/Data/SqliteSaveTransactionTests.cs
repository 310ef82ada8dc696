using System.Net;
using InfoInterviews.Tests.Infrastructure;

namespace InfoInterviews.Tests.Data;

/// <summary>
/// On SQLite every save that changes something waits for the write lock before its first statement, in
/// a transaction of its own, so that concurrent writers queue instead of failing with "database is
/// locked" when a statement's own commit meets another writer (see SqliteAppDbContext).
/// </summary>
public sealed class SqliteSaveTransactionTests(SqliteAppFactory factory) : IClassFixture<SqliteAppFactory>
{
    [SkippableFact]
    public async Task An_edit_that_plans_no_follow_up_is_saved_inside_a_transaction()
    {
        using var network = await Network.SignInAsync(factory);
        var contact = await network.AddContactAsync("Ada", "Lovelace");
        var edit = await network.Client.GetPageAsync($"/Contacts/{contact.Id}/Edit");

        using var saved = await network.Client.SubmitAsync(edit, "#contact-form", new Dictionary<string, string?> { ["Input.Role"] = "Analyst" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.True(factory.Saves.LastSaveInTransaction);
    }
}
