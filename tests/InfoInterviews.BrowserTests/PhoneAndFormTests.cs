using System.Text.RegularExpressions;
using InfoInterviews.Tests.Infrastructure;
using InfoInterviews.Web.Domain;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InfoInterviews.BrowserTests;

/// <summary>
/// What a user meets on a phone and at the edges of forms: lists that fit the screen, a click that
/// is not lost when a field's error goes away, and controls whose visible words start their name.
/// </summary>
public sealed partial class PhoneAndFormTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const int PhoneWidth = 375;

    /// <summary>Longer than any phone line, with no space to break at.</summary>
    private static readonly string LongWord = new('W', 60);

    [SkippableFact]
    public async Task A_form_that_showed_field_errors_submits_on_the_first_click()
    {
        var (page, user) = await browser.SignedInAsync();
        await SeedAsync(user, "alumni", "mentor");

        await page.GotoAsync("/Tags");
        await page.GetByRole(AriaRole.Link, new() { Name = "Rename alumni" }).ClickAsync();
        await page.GetByLabel("Name").FillAsync("mentor");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rename" }).ClickAsync();
        await Expect(page.Locator(".field-validation-error")).ToBeVisibleAsync();
        await page.GetByLabel("Name").FillAsync("alumni network");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rename" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(TagsList());

        var visitor = await browser.NewPageAsync();
        await visitor.SetViewportSizeAsync(PhoneWidth, 740);
        await visitor.GotoAsync("/Identity/Account/Register");
        var createAccount = visitor.GetByRole(AriaRole.Button, new() { Name = "Create account" });
        await createAccount.ClickAsync();
        await Expect(visitor.Locator(".field-validation-error").First).ToBeVisibleAsync();
        var newcomer = Accounts.NewUser("Mary Jackson");
        await visitor.GetByLabel("Your name").FillAsync(newcomer.DisplayName);
        await visitor.GetByLabel("Email").FillAsync(newcomer.Email);
        await visitor.GetByLabel("Password", new() { Exact = true }).FillAsync(newcomer.Password);
        await visitor.GetByLabel("Confirm password").FillAsync(newcomer.Password);
        await createAccount.ClickAsync();
        await Expect(visitor).Not.ToHaveURLAsync(RegisterPage());
    }

    [SkippableFact]
    public async Task Every_list_page_fits_a_phone_screen_with_long_names()
    {
        var (page, user) = await browser.SignedInAsync(width: PhoneWidth);
        await SeedAsync(user, "alumni " + LongWord[..40], "data science");

        string[] lists = ["/", "/Contacts", "/Companies", "/Tags", "/Interviews", "/Opportunities", "/QuestionSets", "/FollowUps", "/Templates", "/Settings", "/Identity/Account/Manage"];
        foreach (var list in lists)
        {
            await page.GotoAsync(list);
            var (scrollWidth, clientWidth) = await page.WidthsAsync();
            await page.ScreenshotAsync("phone" + list.Replace('/', '-').TrimEnd('-'));
            Assert.True(scrollWidth <= clientWidth, $"{list} scrolls sideways at {PhoneWidth} px: {scrollWidth} > {clientWidth}.");
        }

        await page.GotoAsync("/Settings");
        await page.AssertNoSeriousViolationsAsync();

        await page.GotoAsync("/Interviews");
        var tabs = page.Locator("#status-counts .nav-link");
        Assert.Equal(Enum.GetValues<InterviewStatus>().Length + 1, await tabs.CountAsync());
        var tops = await tabs.EvaluateAllAsync<double[]>("links => links.map(l => l.getBoundingClientRect().top)");
        Assert.Single(tops.Distinct());
        await page.AssertNoSeriousViolationsAsync();
    }

    [SkippableFact]
    public async Task The_calendar_links_and_the_feed_pages_fit_a_phone_screen_and_pass_the_accessibility_scan()
    {
        var (page, user) = await browser.SignedInAsync(width: PhoneWidth);
        await SeedAsync(user);
        var (scope, db) = browser.App.CreateDbContextFor(await browser.App.FindUserIdAsync(user.Email));
        int interviewId;
        await using (scope)
        {
            interviewId = db.InterviewRequests.Single(i => i.Status == InterviewStatus.Scheduled).Id;
        }

        async Task CheckAsync(string name)
        {
            var (scrollWidth, clientWidth) = await page.WidthsAsync();
            await page.ScreenshotAsync("phone-" + name);
            Assert.True(scrollWidth <= clientWidth, $"{name} scrolls sideways at {PhoneWidth} px: {scrollWidth} > {clientWidth}.");
            await page.AssertNoSeriousViolationsAsync();
        }

        foreach (var path in new[] { $"/Interviews/{interviewId}", $"/Interviews/{interviewId}/Prep" })
        {
            await page.GotoAsync(path);
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Add to Google Calendar" })).ToBeVisibleAsync();
            await CheckAsync(path.Replace('/', '-').TrimStart('-'));
        }

        await page.GotoAsync("/Settings");
        await page.GetByRole(AriaRole.Link, new() { Name = "Calendar feed" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on the calendar feed" }).ClickAsync();
        Assert.Contains("/calendar/feed.ics?token=", await page.GetByLabel("Feed address").InputValueAsync(), StringComparison.Ordinal);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Copy the address" })).ToBeVisibleAsync();
        await CheckAsync("calendar-feed-address");
        await page.GetByRole(AriaRole.Link, new() { Name = "Get a new address" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Get a new address" })).ToBeVisibleAsync();
        await CheckAsync("calendar-feed-new-address");
        await page.GetByRole(AriaRole.Link, new() { Name = "Cancel" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Turn off" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn off the feed" }).ClickAsync();
        await Expect(page.Locator("#feed-state")).ToHaveTextAsync("Your calendar feed is off.");
        await CheckAsync("calendar-feed-off");
        browser.AssertNoPolicyViolations();
    }

    [SkippableFact]
    public async Task Every_opportunity_page_fits_a_phone_screen_and_passes_the_accessibility_scan()
    {
        var (page, user) = await browser.SignedInAsync(width: PhoneWidth);
        var (opportunityId, interviewId) = await SeedOpportunityAsync(user);

        string[] pages =
        [
            "/Opportunities",
            "/Opportunities/Create",
            $"/Opportunities/Create?interviewId={interviewId}",
            $"/Opportunities/{opportunityId}",
            $"/Opportunities/{opportunityId}/Edit",
            $"/Opportunities/{opportunityId}/Delete",
            $"/Interviews/{interviewId}",
        ];
        foreach (var url in pages)
        {
            await page.GotoAsync(url);
            var (scrollWidth, clientWidth) = await page.WidthsAsync();
            await page.ScreenshotAsync("phone" + url.Replace('/', '-').Replace('?', '-').Replace('=', '-'));
            Assert.True(scrollWidth <= clientWidth, $"{url} scrolls sideways at {PhoneWidth} px: {scrollWidth} > {clientWidth}.");
            await page.AssertNoSeriousViolationsAsync();
        }
    }

    [SkippableFact]
    public async Task Every_follow_up_page_fits_a_phone_screen_and_passes_the_accessibility_scan()
    {
        var (page, user) = await browser.SignedInAsync(width: PhoneWidth);
        var (contactId, interviewId, followUpId) = await SeedFollowUpsAsync(user);

        string[] pages =
        [
            "/FollowUps", "/FollowUps?show=Done", $"/FollowUps?contactId={contactId}", $"/FollowUps/{followUpId}",
            $"/FollowUps/{followUpId}/Edit", $"/FollowUps/{followUpId}/Snooze", $"/FollowUps/{followUpId}/Delete",
            $"/FollowUps/Create?contactId={contactId}", $"/FollowUps/Create?interviewId={interviewId}",
            $"/Contacts/{contactId}", $"/Interviews/{interviewId}",
        ];
        foreach (var path in pages)
        {
            await page.GotoAsync(path);
            var (scrollWidth, clientWidth) = await page.WidthsAsync();
            await page.ScreenshotAsync("phone" + path.Replace('/', '-').Replace('?', '-').Replace('=', '-'));
            Assert.True(scrollWidth <= clientWidth, $"{path} scrolls sideways at {PhoneWidth} px: {scrollWidth} > {clientWidth}.");
            await page.AssertNoSeriousViolationsAsync();
        }

        browser.AssertNoPolicyViolations();
    }

    [SkippableFact]
    public async Task The_template_and_compose_pages_fit_a_phone_screen_and_pass_axe()
    {
        var (page, user) = await browser.SignedInAsync(width: PhoneWidth);
        var (contactId, interviewId, templateId) = await SeedTemplateAsync(user);

        string[] pages =
        [
            "/Templates",
            "/Templates/Create",
            $"/Templates/{templateId}",
            $"/Templates/{templateId}/Edit",
            $"/Templates/{templateId}/Delete",
            $"/Contacts/{contactId}/Write?interviewId={interviewId}",
            $"/Contacts/{contactId}/Write?templateId={templateId}",
        ];
        foreach (var address in pages)
        {
            await page.GotoAsync(address);
            var (scrollWidth, clientWidth) = await page.WidthsAsync();
            await page.ScreenshotAsync("phone-templates" + SafeName().Replace(address, "-"));
            Assert.True(scrollWidth <= clientWidth, $"{address} scrolls sideways at {PhoneWidth} px: {scrollWidth} > {clientWidth}.");
            await page.AssertNoSeriousViolationsAsync();
        }

        browser.AssertNoPolicyViolations();
    }

    [SkippableTheory]
    [InlineData("/Export", "phone-export")]
    [InlineData("/Export/Restore", "phone-export-restore")]
    public async Task The_export_pages_fit_a_phone_screen_and_pass_axe(string path, string screenshot)
    {
        var (page, _) = await browser.SignedInAsync(width: PhoneWidth);

        await page.GotoAsync(path);

        var (scrollWidth, clientWidth) = await page.WidthsAsync();
        await page.ScreenshotAsync(screenshot);
        Assert.True(scrollWidth <= clientWidth, $"{path} scrolls sideways at {PhoneWidth} px: {scrollWidth} > {clientWidth}.");
        await page.AssertNoSeriousViolationsAsync();
        browser.AssertNoPolicyViolations();
    }

    [SkippableFact]
    public async Task The_duplicate_pages_fit_a_phone_screen_and_pass_the_accessibility_scan()
    {
        var (page, user) = await browser.SignedInAsync(width: PhoneWidth);
        var (survivorId, otherId) = await SeedDuplicatesAsync(user);

        await page.GotoAsync("/Contacts/Create");
        await page.GetByLabel("First name").FillAsync("Bartholomew");
        await page.GetByLabel("Last name").FillAsync(LongWord.ToLowerInvariant());
        await page.GetByRole(AriaRole.Button, new() { Name = "Add contact" }).ClickAsync();
        await Expect(page.Locator("#possible-duplicates")).ToBeVisibleAsync();
        foreach (var address in new[] { null, "/Contacts/Duplicates", $"/Contacts/{survivorId}/Merge/{otherId}" })
        {
            if (address is not null)
            {
                await page.GotoAsync(address);
            }

            var shown = address ?? "/Contacts/Create (possible duplicates)";
            var (scrollWidth, clientWidth) = await page.WidthsAsync();
            await page.ScreenshotAsync("phone-duplicates" + SafeName().Replace(shown, "-"));
            Assert.True(scrollWidth <= clientWidth, $"{shown} scrolls sideways at {PhoneWidth} px: {scrollWidth} > {clientWidth}.");
            await page.AssertNoSeriousViolationsAsync();
        }

        browser.AssertNoPolicyViolations();
    }

    [SkippableFact]
    public async Task The_account_pages_look_like_every_other_page()
    {
        var (page, _) = await browser.SignedInAsync(width: PhoneWidth);
        await page.GotoAsync("/Contacts");
        var listHeading = await FontSizeAsync(page.Locator("h1"));

        await page.GotoAsync("/Identity/Account/Manage/ChangePassword");

        Assert.Equal(listHeading, await FontSizeAsync(page.Locator("h1")));
        var label = await page.Locator("label[for='Input_OldPassword']").BoundingBoxAsync();
        var field = await page.GetByLabel("Current password").BoundingBoxAsync();
        Assert.True(label!.Y + label.Height <= field!.Y, "The label sits above its field.");
        await page.AssertNoSeriousViolationsAsync();
        await page.ScreenshotAsync("phone-change-password");
    }

    private static Task<string> FontSizeAsync(ILocator element) =>
        element.EvaluateAsync<string>("e => getComputedStyle(e).fontSize");

    /// <summary>
    /// A contact with a long unbroken name at a company with one, tagged with <paramref name="tags"/>,
    /// and an interview in every status.
    /// </summary>
    private async Task SeedAsync(TestUser user, params string[] tags)
    {
        var userId = await browser.App.FindUserIdAsync(user.Email);
        var (scope, db) = browser.App.CreateDbContextFor(userId);
        await using (scope)
        {
            var now = browser.App.Clock.GetUtcNow().UtcDateTime;
            var company = new Company("Company " + LongWord, now);
            var contact = new Contact("Bartholomew", LongWord, now) { Company = company, Role = "Principal " + LongWord };
            foreach (var tag in tags)
            {
                contact.Tags.Add(new ContactTag { Contact = contact, Tag = new Tag(tag) });
            }

            db.Contacts.Add(contact);
            foreach (var status in Enum.GetValues<InterviewStatus>())
            {
                db.InterviewRequests.Add(new InterviewRequest(contact, InterviewPurpose.Qualification, LongWord, AskChannel.Introduction, now));
            }

            await db.SaveChangesAsync();
            var interviews = db.InterviewRequests.Local.OrderBy(i => i.Id).ToList();
            foreach (var (interview, status) in interviews.Zip(Enum.GetValues<InterviewStatus>()))
            {
                InfoInterviews.Tests.Domain.Interviews.Walk(interview, status, now);
            }

            await db.SaveChangesAsync();
        }
    }

    /// <summary>Two records of one person with a long unbroken name, email and role at one company with a long name.</summary>
    private async Task<(int SurvivorId, int OtherId)> SeedDuplicatesAsync(TestUser user)
    {
        var userId = await browser.App.FindUserIdAsync(user.Email);
        var (scope, db) = browser.App.CreateDbContextFor(userId);
        await using (scope)
        {
            var now = browser.App.Clock.GetUtcNow().UtcDateTime;
            var company = new Company("Company " + LongWord, now);
            var email = LongWord.ToLowerInvariant() + "@example.com";
            var survivor = new Contact("Bartholomew", LongWord, now) { Company = company, Role = "Principal " + LongWord, Email = email };
            var other = new Contact("Bartholomew", LongWord, now) { Company = company, Role = "Director " + LongWord, Email = email };
            other.LogTouch(InteractionKind.Email, InteractionDirection.Outgoing, now, "Hello " + LongWord);
            db.Contacts.AddRange(survivor, other);
            await db.SaveChangesAsync();
            return (survivor.Id, other.Id);
        }
    }

    /// <summary>A contact with a long unbroken name, a completed interview, and an open and a done follow-up with long titles.</summary>
    private async Task<(int ContactId, int InterviewId, int FollowUpId)> SeedFollowUpsAsync(TestUser user)
    {
        var userId = await browser.App.FindUserIdAsync(user.Email);
        var (scope, db) = browser.App.CreateDbContextFor(userId);
        await using (scope)
        {
            var now = browser.App.Clock.GetUtcNow().UtcDateTime;
            var contact = new Contact("Bartholomew", LongWord, now) { Role = "Principal " + LongWord };
            var interview = new InterviewRequest(contact, InterviewPurpose.Career, LongWord, AskChannel.Email, now);
            db.InterviewRequests.Add(interview);
            await db.SaveChangesAsync();
            InfoInterviews.Tests.Domain.Interviews.Walk(interview, InterviewStatus.Completed, now);
            var open = new FollowUp(contact, FollowUpKind.ThankYou, "Thank " + LongWord, now.AddDays(-1), now);
            open.Edit(open.Kind, open.Title, "A note " + LongWord, open.DueUtc);
            open.BelongTo(interview);
            var done = new FollowUp(contact, FollowUpKind.Update, "Update " + LongWord, now, now);
            done.Complete(now);
            db.FollowUps.AddRange(open, done);
            await db.SaveChangesAsync();
            return (contact.Id, interview.Id, open.Id);
        }
    }

    /// <summary>An opportunity with long unbroken words in its title and link, from a completed interview at a company with a long name.</summary>
    private async Task<(int OpportunityId, int InterviewId)> SeedOpportunityAsync(TestUser user)
    {
        var userId = await browser.App.FindUserIdAsync(user.Email);
        var (scope, db) = browser.App.CreateDbContextFor(userId);
        await using (scope)
        {
            var now = browser.App.Clock.GetUtcNow().UtcDateTime;
            var company = new Company("Company " + LongWord, now);
            // The contact's name is short: the interview page's heading is not what this test is about.
            var contact = new Contact("Bartholomew", "Long", now) { Company = company };
            var interview = new InterviewRequest(contact, InterviewPurpose.Job, LongWord, AskChannel.Email, now);
            db.InterviewRequests.Add(interview);
            await db.SaveChangesAsync();
            InfoInterviews.Tests.Domain.Interviews.Walk(interview, InterviewStatus.Completed, now);
            interview.RecordOutcome(new InterviewOutcome(LongWord, null, null, null, 5, true, false, false, true));
            var opportunity = new Opportunity("Principal " + LongWord, OpportunityKind.Referral, DateOnly.FromDateTime(now), now)
            {
                Company = company,
                Contact = contact,
                InterviewRequest = interview,
            };
            opportunity.LinkTo("https://jobs.example.com/" + LongWord + LongWord);
            opportunity.SetDates(DateOnly.FromDateTime(now), DateOnly.FromDateTime(now).AddDays(14));
            db.Opportunities.Add(opportunity);
            await db.SaveChangesAsync();
            return (opportunity.Id, interview.Id);
        }
    }

    /// <summary>
    /// A contact with a long unbroken name and connection, their planned interview, and a template
    /// whose name and message have words longer than a phone line.
    /// </summary>
    private async Task<(int ContactId, int InterviewId, int TemplateId)> SeedTemplateAsync(TestUser user)
    {
        var userId = await browser.App.FindUserIdAsync(user.Email);
        var (scope, db) = browser.App.CreateDbContextFor(userId);
        await using (scope)
        {
            var now = browser.App.Clock.GetUtcNow().UtcDateTime;
            var contact = new Contact("Bartholomew", LongWord, now) { Email = LongWord + "@example.org", Connection = "We met at " + LongWord };
            var interview = new InterviewRequest(contact, InterviewPurpose.Career, LongWord, AskChannel.Email, now);
            var template = new OutreachTemplate("Template " + LongWord, OutreachStep.FirstRequest, "About " + LongWord, "Hi {FirstName} {LastName},\n\n{Connection}. Could we talk about " + LongWord + "?\n\n{MyName}");
            db.AddRange(contact, interview, template);
            await db.SaveChangesAsync();
            return (contact.Id, interview.Id, template.Id);
        }
    }

    [GeneratedRegex("[/?=&]+")]
    private static partial Regex SafeName();

    [GeneratedRegex("/Tags$")]
    private static partial Regex TagsList();

    [GeneratedRegex("/Identity/Account/Register$")]
    private static partial Regex RegisterPage();
}
