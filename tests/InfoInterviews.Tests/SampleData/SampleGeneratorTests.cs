using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Markdown;
using InfoInterviews.Web.SampleData;

namespace InfoInterviews.Tests.SampleData;

public sealed class SampleGeneratorTests
{
    private static readonly DateTime Now = new(2026, 3, 11, 14, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void A_unit_holds_sixty_contacts_at_fifteen_companies_with_their_tags()
    {
        var unit = Unit();

        Assert.Equal(SampleGenerator.ContactsPerUnit, unit.Contacts.Count);
        Assert.Equal(SampleGenerator.CompaniesPerUnit, unit.Companies.Select(c => c.NameKey).Distinct().Count());
        Assert.All(unit.Contacts, c => Assert.Contains(c.Company, unit.Companies));
        Assert.Equal(SampleGenerator.CompaniesPerUnit, unit.Contacts.Select(c => c.Company).Distinct().Count());
        Assert.Contains(unit.Contacts, c => c.Tags.Count > 0);
        Assert.Contains(unit.Contacts, c => c.Notes is not null && c.NotesHtml is not null);
        Assert.Contains(unit.Contacts, c => c.KeepInTouchDays is not null);
        Assert.Contains(unit.Contacts, c => c.Interactions.Any(i => i.Direction == InteractionDirection.Incoming));
    }

    [Fact]
    public void Interviews_are_in_every_status_over_the_last_six_months_and_the_next_two_weeks()
    {
        var interviews = Unit().Interviews;

        Assert.Equal(Enum.GetValues<InterviewStatus>(), interviews.Select(i => i.Status).Distinct().Order());
        Assert.All(interviews.Where(i => i.Status == InterviewStatus.Scheduled), i => Assert.InRange(i.ScheduledStartUtc!.Value, Now, Now.AddDays(14)));
        Assert.All(interviews.Where(i => i.Status == InterviewStatus.Completed), i => Assert.InRange(i.CompletedUtc!.Value, Now.AddMonths(-6), Now));
        Assert.All(interviews.SelectMany(i => i.History), step => Assert.True(step.ChangedUtc <= Now, "No step of an interview lies ahead."));
        Assert.All(
            interviews.Where(i => i.Status == InterviewStatus.Completed),
            i => Assert.Contains(i.Questions, q => q.WasAsked && !string.IsNullOrEmpty(q.Answer)));
    }

    [Fact]
    public void Contacts_come_from_every_source_and_one_connector_introduced_the_most()
    {
        var contacts = Unit().Contacts;

        Assert.Equal(Enum.GetValues<ContactSource>(), contacts.Select(c => c.Source).Distinct().Order());
        var introduced = contacts.Where(c => c.IntroducedBy is not null).ToList();
        Assert.All(introduced, c => Assert.Contains(c.IntroducedBy, contacts));
        Assert.Contains(introduced, c => c.SuggestedInInterview is not null);
        var byIntroducer = introduced.GroupBy(c => c.IntroducedBy).Select(g => g.Count()).OrderDescending().ToList();
        Assert.True(byIntroducer[0] > byIntroducer[1], "One person introduced more people than anyone else.");
    }

    [Fact]
    public void Follow_ups_are_overdue_due_ahead_and_done_and_opportunities_and_results_cover_every_kind()
    {
        var unit = Unit();

        Assert.Contains(unit.FollowUps, f => f.IsDone);
        Assert.Contains(unit.FollowUps, f => !f.IsDone && f.DueUtc < Now.Date);
        Assert.Contains(unit.FollowUps, f => !f.IsDone && f.DueUtc > Now);
        Assert.Equal(Enum.GetValues<OpportunityKind>(), unit.Opportunities.Select(o => o.Kind).Distinct().Order());
        Assert.Equal(Enum.GetValues<OpportunityStatus>(), unit.Opportunities.Select(o => o.Status).Distinct().Order());
        var completed = unit.Interviews.Where(i => i.Status == InterviewStatus.Completed).ToList();
        Assert.Contains(completed, i => i.LearnedOfUnadvertisedOpportunity);
        Assert.Contains(completed, i => i.GotOnRadarOfKeyPerson);
        Assert.Contains(completed, i => i.GainedInsightForApplications);
        Assert.Contains(completed, i => i.WasReferred);
    }

    [Fact]
    public void The_same_seed_and_time_give_the_same_workspace_and_another_seed_another()
    {
        Assert.Equal(Describe(Unit(seed: 7)), Describe(Unit(seed: 7)));
        Assert.NotEqual(Describe(Unit(seed: 7)), Describe(Unit(seed: 8)));
    }

    [Fact]
    public void Units_after_the_first_name_their_companies_apart_so_a_large_workspace_can_hold_many()
    {
        var first = Unit(index: 0).Companies.Select(c => c.NameKey);
        var second = Unit(index: 1).Companies.Select(c => c.NameKey);

        Assert.Empty(first.Intersect(second));
        Assert.Contains("northwind analytics", first);
    }

    [Fact]
    public void Two_thousand_contacts_after_the_sample_unit_take_a_long_used_shape_of_few_companies_and_fewer_interviews()
    {
        var generator = new SampleGenerator(7, Now, new MarkdownRenderer());
        var tags = SampleGenerator.CreateTags();
        var units = Enumerable.Range(1, 2_000 / SampleGenerator.ContactsPerUnit).Select(index => generator.CreateUnit(index, tags)).ToList();

        var contacts = units.Sum(u => u.Contacts.Count);
        Assert.Equal(1_980, contacts);
        AssertPerThousand(30, units.Sum(u => u.Companies.Count), contacts);
        AssertPerThousand(200, units.Sum(u => u.Interviews.Count), contacts);
        AssertPerThousand(2_000, units.Sum(u => u.Contacts.Sum(c => c.Interactions.Count)), contacts);
        Assert.All(units, u => Assert.Contains(u.Interviews, i => i.Status == InterviewStatus.Completed && i.Questions.Any(q => q.WasAsked && q.Answer is not null)));
        Assert.All(units, u => Assert.All(u.Contacts, c => Assert.Contains(c.Company, u.Companies)));
    }

    /// <summary>Within a tenth of <paramref name="perThousand"/> rows per 1,000 contacts.</summary>
    private static void AssertPerThousand(int perThousand, int rows, int contacts) =>
        Assert.InRange(rows * 1_000.0 / contacts, perThousand * 0.9, perThousand * 1.1);

    private static SampleUnit Unit(int seed = 7, int index = 0) =>
        new SampleGenerator(seed, Now, new MarkdownRenderer()).CreateUnit(index, SampleGenerator.CreateTags());

    private static List<string> Describe(SampleUnit unit) =>
    [
        .. unit.Companies.Select(c => $"{c.Name} {c.Motivation} {c.Posting}"),
        .. unit.Contacts.Select(c => $"{c.FullName} {c.Company?.Name} {c.Source} {c.CreatedUtc:O} {c.IntroducedBy?.FullName} {string.Join(',', c.Tags.Select(t => t.Tag!.Name))} {c.Interactions.Count}"),
        .. unit.Interviews.Select(i => $"{i.ContactName} {i.Status} {string.Join(',', i.History.Select(h => h.ChangedUtc.ToString("O")))} {i.ScheduledStartUtc:O}"),
        .. unit.FollowUps.Select(f => $"{f.Title} {f.DueUtc:O} {f.CompletedUtc:O}"),
        .. unit.Opportunities.Select(o => $"{o.Title} {o.Kind} {o.Status} {o.LearnedOn}"),
    ];
}
