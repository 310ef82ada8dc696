using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Workspace;

namespace InfoInterviews.Tests.Domain;

public sealed class StarterQuestionSetsTests
{
    [Fact]
    public void There_is_a_starter_set_for_each_kind_of_interview_the_article_names_and_one_for_tiara()
    {
        var purposes = StarterQuestionSets.All.Select(s => s.Purpose).ToList();

        Assert.Contains(InterviewPurpose.Job, purposes);
        Assert.Contains(InterviewPurpose.CompanyAndCulture, purposes);
        Assert.Contains(InterviewPurpose.Career, purposes);
        Assert.Contains(InterviewPurpose.Qualification, purposes);
        Assert.Single(StarterQuestionSets.All, s => s.Name == StarterQuestionSets.TiaraName);
    }

    [Fact]
    public void The_tiara_set_asks_about_trends_insights_advice_resources_and_assignments_in_that_order()
    {
        var tiara = StarterQuestionSets.All.Single(s => s.Name == StarterQuestionSets.TiaraName);
        var heads = tiara.Questions.Select(q => q[..q.IndexOf(':', StringComparison.Ordinal)]).Distinct();

        Assert.Equal(["Trends", "Insights", "Advice", "Resources", "Assignments"], heads);
    }

    [Fact]
    public void Every_starter_set_builds_into_a_valid_ordered_question_set()
    {
        foreach (var starter in StarterQuestionSets.All)
        {
            var set = starter.Build();

            Assert.Equal(starter.Name, set.Name);
            Assert.Equal(starter.Purpose, set.Purpose);
            Assert.Equal(starter.Questions, set.Ordered.Select(q => q.Text));
            Assert.True(starter.Questions.Count >= 5, $"{starter.Name} has too few questions.");
        }
    }
}
