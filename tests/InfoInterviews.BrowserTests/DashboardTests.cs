using InfoInterviews.Web.Domain;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InfoInterviews.BrowserTests;

/// <summary>The dashboard, filled, as a user meets it on a phone.</summary>
public sealed class DashboardTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const int PhoneWidth = 375;

    /// <summary>Longer than any phone line, with no space to break at.</summary>
    private static readonly string LongWord = new('W', 60);

    [SkippableFact]
    public async Task The_filled_dashboard_fits_a_phone_screen_and_passes_the_accessibility_scan()
    {
        var (page, user) = await browser.SignedInAsync(width: PhoneWidth);
        await FillAsync(await browser.App.FindUserIdAsync(user.Email));

        await page.GotoAsync("/");

        await Expect(page.Locator("#due li.list-group-item").First).ToBeVisibleAsync();
        await Expect(page.Locator("#going-cold li").First).ToBeVisibleAsync();
        await Expect(page.Locator("#chart-weeks")).ToBeVisibleAsync();
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        await page.ScreenshotAsync("dashboard-phone");
        Assert.True(widths[0] <= widths[1], $"The dashboard scrolls sideways at {PhoneWidth} px: {widths[0]} > {widths[1]}.");
        await page.AssertNoSeriousViolationsAsync();
        browser.AssertNoPolicyViolations();
    }

    /// <summary>Something in every widget, with long unbroken names: follow-ups due, interviews ahead and waiting, a contact going cold, results, targets.</summary>
    private async Task FillAsync(string userId)
    {
        var (scope, db) = browser.App.CreateDbContextFor(userId);
        await using (scope)
        {
            var now = browser.App.Clock.GetUtcNow().UtcDateTime;
            var company = new Company("Company " + LongWord, now);
            company.Score(3, 2);
            var introducer = new Contact("Introducer", LongWord, now.AddDays(-40)) { Company = company, Source = ContactSource.Alumni };
            var waiting = new Contact("Waiting", LongWord, now.AddDays(-30)) { Company = company, IntroducedBy = introducer, Source = ContactSource.Introduced };
            var booked = new Contact("Booked", LongWord, now.AddDays(-30)) { Company = company };
            var held = new Contact("Held", LongWord, now.AddDays(-60)) { Company = company };
            db.Contacts.AddRange(introducer, waiting, booked, held);
            var asked = new InterviewRequest(waiting, InterviewPurpose.Qualification, LongWord, AskChannel.Email, now.AddDays(-10));
            var meeting = new InterviewRequest(booked, InterviewPurpose.CompanyAndCulture, null, AskChannel.LinkedIn, now.AddDays(-10));
            var done = new InterviewRequest(held, InterviewPurpose.Career, null, AskChannel.Email, now.AddDays(-60));
            db.InterviewRequests.AddRange(asked, meeting, done);
            await db.SaveChangesAsync();

            asked.MoveTo(InterviewStatus.Requested, now.AddDays(-6));
            meeting.ScheduleAgreed(now.AddDays(3), 45, MeetingFormat.Video, null, now.AddDays(-5));
            done.MoveTo(InterviewStatus.Requested, now.AddDays(-50));
            done.MoveTo(InterviewStatus.Accepted, now.AddDays(-49));
            done.Schedule(now.AddDays(-45), 30, MeetingFormat.Coffee, null, now.AddDays(-49));
            done.Complete(now.AddDays(-45), now);
            done.RecordOutcome(new InterviewOutcome(null, null, null, null, 5, true, true, true, true));
            db.FollowUps.Add(new FollowUp(held, FollowUpKind.KeepInTouch, "Keep in touch with " + LongWord, now.AddDays(-2), now));
            db.Opportunities.Add(new Opportunity("Role " + LongWord, OpportunityKind.Referral, DateOnly.FromDateTime(now), now) { Company = company, InterviewRequest = done });
            await db.SaveChangesAsync();
        }
    }
}
