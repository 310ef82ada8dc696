using System.ComponentModel.DataAnnotations;
using InfoInterviews.Web.Contacts;
using InfoInterviews.Web.Domain;

namespace InfoInterviews.Web.Pages.Templates;

/// <summary>A template's fields, as both the create and the edit forms post them.</summary>
public class TemplateInput
{
    [Required(ErrorMessage = "Give the template a name.")]
    [StringLength(OutreachTemplate.NameMaxLength, ErrorMessage = "A name has at most {1} characters.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = string.Empty;

    [Required(ErrorMessage = "Choose the step the template is for.")]
    [Display(Name = "Step")]
    public OutreachStep? Step { get; set; }

    [StringLength(OutreachTemplate.SubjectMaxLength, ErrorMessage = "A subject has at most {1} characters.")]
    [Display(Name = "Subject")]
    public string? Subject { get; set; }

    [Required(ErrorMessage = "Write the message.")]
    [StringLength(OutreachTemplate.BodyMaxLength, ErrorMessage = "A message has at most {1} characters.")]
    [Display(Name = "Message")]
    public string Body { get; set; } = string.Empty;

    public void Fill(OutreachTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        Name = template.Name;
        Step = template.Step;
        Subject = template.Subject;
        Body = template.Body;
    }

    /// <summary>Writes these fields onto the template; a rule it breaks is raised as a <see cref="DomainRuleException"/>.</summary>
    public void ApplyTo(OutreachTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        template.Rewrite(TidyName(), StepOrThrow(), FormText.Tidy(Subject), TidyBody());
    }

    public OutreachTemplate Build() => new(TidyName(), StepOrThrow(), FormText.Tidy(Subject), TidyBody());

    private string TidyName() => FormText.Tidy(Name) ?? string.Empty;

    // Browsers post line breaks as CR LF; one kind of break is kept, and the mail link writes CR LF again.
    private string TidyBody() => (Body ?? string.Empty).ReplaceLineEndings("\n");

    private OutreachStep StepOrThrow() => Step ?? throw new DomainRuleException("Choose the step the template is for.");
}
