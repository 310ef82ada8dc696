using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoInterviews.Web.Data.Configurations;

public sealed class OutreachTemplateConfiguration : IEntityTypeConfiguration<OutreachTemplate>
{
    public void Configure(EntityTypeBuilder<OutreachTemplate> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(OutreachTemplate.NameMaxLength);
        builder.Property(t => t.Subject).HasMaxLength(OutreachTemplate.SubjectMaxLength);
        builder.Property(t => t.Body).HasMaxLength(OutreachTemplate.BodyMaxLength);

        // The list and the compose page's picker read a user's templates by step, then name.
        builder.HasIndex(t => new { t.OwnerId, t.Step, t.Name });
    }
}
