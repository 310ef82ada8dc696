using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoInterviews.Web.Data.Configurations;

public sealed class OpportunityConfiguration : IEntityTypeConfiguration<Opportunity>
{
    public void Configure(EntityTypeBuilder<Opportunity> builder)
    {
        builder.Property(o => o.Title).HasMaxLength(Opportunity.TitleMaxLength);
        builder.Property(o => o.Url).HasMaxLength(Opportunity.UrlMaxLength);
        builder.Property(o => o.Notes).HasMaxLength(Opportunity.NotesMaxLength);
        builder.HasOne(o => o.Company).WithMany().HasForeignKey(o => o.CompanyId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(o => o.Contact).WithMany().HasForeignKey(o => o.ContactId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(o => o.InterviewRequest).WithMany().HasForeignKey(o => o.InterviewRequestId).OnDelete(DeleteBehavior.SetNull);

        // The list filters on status and kind, and by default shows what moved last first.
        builder.HasIndex(o => new { o.OwnerId, o.Status });
        builder.HasIndex(o => new { o.OwnerId, o.Kind });
        builder.HasIndex(o => new { o.OwnerId, o.StatusChangedUtc });
        builder.HasIndex(o => o.CompanyId);
        builder.HasIndex(o => o.ContactId);
        builder.HasIndex(o => o.InterviewRequestId);
    }
}
