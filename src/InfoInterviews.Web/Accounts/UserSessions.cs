using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Accounts;

/// <summary>The signed-in browsers of each user: started at sign-in, checked on every request, ended at sign-out or a change of password, two-factor sign-in or email address.</summary>
public sealed class UserSessions(AppDbContext db, TimeProvider time)
{
    public async Task<string> StartAsync(string userId)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var expired = now - UserSession.MaxAge;
        await db.UserSessions.Where(s => s.UserId == userId && s.StartedUtc < expired).ExecuteDeleteAsync();
        var session = UserSession.Start(userId, now);
        db.UserSessions.Add(session);
        await db.SaveChangesAsync();
        return session.Id;
    }

    /// <summary>True while the session exists (so its user does too) and is young enough: one lookup by key.</summary>
    public Task<bool> IsCurrentAsync(string sessionId, string userId)
    {
        var expired = time.GetUtcNow().UtcDateTime - UserSession.MaxAge;
        return db.UserSessions.AnyAsync(s => s.Id == sessionId && s.UserId == userId && s.StartedUtc >= expired);
    }

    public Task EndAsync(string sessionId) => db.UserSessions.Where(s => s.Id == sessionId).ExecuteDeleteAsync();

    public Task EndAllAsync(string userId) => db.UserSessions.Where(s => s.UserId == userId).ExecuteDeleteAsync();

    /// <summary>Ends every session of the user but <paramref name="keep"/> (the one making the request, if any).</summary>
    public Task EndOthersAsync(string userId, string? keep) =>
        db.UserSessions.Where(s => s.UserId == userId && s.Id != keep).ExecuteDeleteAsync();
}
