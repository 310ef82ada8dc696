using InfoInterviews.Web.Domain;
using InfoInterviews.Web.Outreach;
using InfoInterviews.Web.Workspace;

namespace InfoInterviews.Tests.Outreach;

public sealed class StarterOutreachTemplatesTests
{
    [Fact]
    public void There_is_one_starter_template_for_each_step()
    {
        Assert.Equal(Enum.GetValues<OutreachStep>(), StarterOutreachTemplates.All.Select(t => t.Step).Order());
    }

    [Fact]
    public void Every_starter_template_follows_the_guidance_it_is_checked_against()
    {
        var sample = MergeValues.Sample("Jo Bloggs");
        foreach (var starter in StarterOutreachTemplates.All)
        {
            var template = starter.Build();
            var body = MergeFields.Render(template.Body, sample);
            var subject = MergeFields.Render(template.Subject, sample);

            Assert.True(body.Succeeded && subject.Succeeded, $"{starter.Name}: {string.Join(" ", body.Errors.Concat(subject.Errors))}");
            Assert.Empty(OutreachHints.For(body.Text, sample.Connection).Select(h => $"{starter.Name}: {h.Message}"));
            Assert.Contains(sample.MyName, body.Text, StringComparison.Ordinal);
        }
    }
}
