using InfoInterviews.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Search;

/// <summary>One row a search found: its id, and its rank (lower ranks first).</summary>
public sealed record SearchHit(int Id, double Rank);

/// <summary>
/// The full-text search over the index the migrations build and triggers keep current
/// (docs/decisions/0014): contacts by name, company, role, email and notes; companies by name, industry,
/// location and notes; interviews by the contact's name, goal, notes, outcome and answers. Every word must
/// match the start of a word, without regard to case or accents. Each method gives a query to compose:
/// a list filters with <c>hits.Select(h =&gt; h.Id).Contains(row.Id)</c>, which runs the search once as a
/// subquery; the search page joins the hits and orders by <see cref="SearchHit.Rank"/>. Hits are the
/// current user's only, besides the ownership filter on the rows they are joined to.
/// A search reads at most <see cref="MaxHits"/> hits, the newest rows first, and ranks only those: a word of
/// one or two letters matches most of a large workspace, and ranking every match made such a search cost
/// what the workspace weighs.
/// </summary>
public sealed class TextSearch(AppDbContext db, ICurrentUser currentUser)
{
    /// <summary>
    /// The most hits a search reads: one more than a list counts (<see cref="Paging.SeekList.CountLimit"/>),
    /// so a search cut here reads as "more than 1,000" and asks for another word.
    /// </summary>
    public const int MaxHits = Paging.SeekList.CountLimit + 1;

    public IQueryable<SearchHit> Contacts(SearchWords words) => Hits("ContactSearch", "10.0, 4.0, 4.0, 4.0, 1.0", words);

    public IQueryable<SearchHit> Companies(SearchWords words) => Hits("CompanySearch", "10.0, 4.0, 1.0", words);

    public IQueryable<SearchHit> Interviews(SearchWords words) => Hits("InterviewSearch", "10.0, 4.0, 1.0, 1.0", words);

    /// <param name="table">The index table of one kind.</param>
    /// <param name="weights">For SQLite's bm25, the weight of each indexed column: the name counts most.</param>
    private IQueryable<SearchHit> Hits(string table, string weights, SearchWords words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.IsEmpty || currentUser.Id is not { } ownerId)
        {
            return db.Database.SqlQueryRaw<SearchHit>("""SELECT 0 AS "Id", 0.0 AS "Rank" WHERE 1 = 0""");
        }

        // Only this class's own text (a table name, weights, one condition per word) is written into the
        // SQL; everything the user typed goes in as parameters.
#pragma warning disable EF1002
        if (db.Database.IsNpgsql())
        {
            // Each word, folded as the index is, must start a word of the folded document (which the
            // fold wraps in spaces); the trigram index serves these patterns. Ranked by how closely the
            // words match the name, then the whole document.
            var conditions = string.Join(
                " AND ",
                words.Words.Select((_, i) => $$"""s."Document" LIKE '%' || rtrim(search_fold({{{i + 2}}})) || '%'"""));
            object[] parameters = [string.Join(' ', words.Words), ownerId, .. words.Words];
            // The hits are cut by id inside, so the similarity is computed for those only.
            return db.Database.SqlQueryRaw<SearchHit>(
                $$"""
                SELECT s."Id", -(2 * word_similarity(search_fold({0}), s."Name") + word_similarity(search_fold({0}), s."Document"))::double precision AS "Rank"
                FROM (
                    SELECT s."Id", s."Name", s."Document"
                    FROM "{{table}}" AS s
                    WHERE s."OwnerId" = {1} AND {{conditions}}
                    ORDER BY s."Id" DESC
                    LIMIT {{MaxHits}}
                ) AS s
                """,
                parameters);
        }

        // FTS5 walks its matches in rowid order and stops at the limit; bm25 runs for the rows it returns.
        return db.Database.SqlQueryRaw<SearchHit>(
            $$"""
            SELECT rowid AS "Id", bm25("{{table}}", {{weights}}) AS "Rank"
            FROM "{{table}}"
            WHERE "{{table}}" MATCH {0} AND "OwnerId" = {1}
            ORDER BY rowid DESC
            LIMIT {{MaxHits}}
            """,
            words.ToFts5Query(),
            ownerId);
#pragma warning restore EF1002
    }
}
