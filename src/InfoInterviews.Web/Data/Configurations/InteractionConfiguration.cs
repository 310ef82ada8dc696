using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoInterviews.Web.Data.Configurations;

public sealed class InteractionConfiguration : IEntityTypeConfiguration<Interaction>
{
    public void Configure(EntityTypeBuilder<Interaction> builder)
    {
        builder.Property(i => i.Summary).HasMaxLength(Interaction.SummaryMaxLength);
        builder.HasOne(i => i.Contact).WithMany(c => c.Interactions).HasForeignKey(i => i.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(i => i.InterviewRequest).WithMany().HasForeignKey(i => i.InterviewRequestId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(i => new { i.ContactId, i.OccurredUtc });
        builder.HasIndex(i => new { i.OwnerId, i.OccurredUtc });
    }
}
