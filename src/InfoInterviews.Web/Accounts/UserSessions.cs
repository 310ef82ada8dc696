using InfoInterviews.Web.Data;
using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace InfoInterviews.Web.Accounts;

/// <summary>The signed-in browsers of each user: started at sign-in, checked on every request, ended at sign-out.</summary>
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

    /// <summary>
    /// True while the session exists, is young enough, and its user's security stamp is still the one
    /// the cookie was issued with (a password change or a sign-out everywhere changes it): one lookup by key.
    /// </summary>
    public Task<bool> IsCurrentAsync(string sessionId, string userId, string securityStamp)
    {
        var expired = time.GetUtcNow().UtcDateTime - UserSession.MaxAge;
        return (from session in db.UserSessions
                join user in db.Users on session.UserId equals user.Id
                where session.Id == sessionId && session.UserId == userId && session.StartedUtc >= expired && user.SecurityStamp == securityStamp
                select session.Id).AnyAsync();
    }

    public Task EndAsync(string sessionId) => db.UserSessions.Where(s => s.Id == sessionId).ExecuteDeleteAsync();

    public Task EndAllAsync(string userId) => db.UserSessions.Where(s => s.UserId == userId).ExecuteDeleteAsync();
}
