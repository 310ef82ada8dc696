using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoInterviews.Web.Data.Configurations;

public sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUp>
{
    public void Configure(EntityTypeBuilder<FollowUp> builder)
    {
        builder.Property(f => f.Title).HasMaxLength(FollowUp.TitleMaxLength);
        builder.Property(f => f.Notes).HasMaxLength(FollowUp.NotesMaxLength);
        builder.Ignore(f => f.IsDone);
        builder.HasOne(f => f.Contact).WithMany().HasForeignKey(f => f.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(f => f.InterviewRequest).WithMany().HasForeignKey(f => f.InterviewRequestId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(f => new { f.OwnerId, f.CompletedUtc, f.DueUtc });
        builder.HasIndex(f => new { f.ContactId, f.CompletedUtc, f.DueUtc });
        builder.HasIndex(f => f.InterviewRequestId);
    }
}
