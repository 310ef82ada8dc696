using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoInterviews.Web.Data.Configurations;

public sealed class OutreachTemplateConfiguration : IEntityTypeConfiguration<OutreachTemplate>
{
    public void Configure(EntityTypeBuilder<OutreachTemplate> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(OutreachTemplate.NameMaxLength);
        builder.Property(t => t.Subject).HasMaxLength(200);
        builder.Property(t => t.Body).HasMaxLength(10_000);
        builder.HasIndex(t => new { t.OwnerId, t.Name });
    }
}
