using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoInterviews.Web.Data.Configurations;

public sealed class OpportunityConfiguration : IEntityTypeConfiguration<Opportunity>
{
    public void Configure(EntityTypeBuilder<Opportunity> builder)
    {
        builder.Property(o => o.Title).HasMaxLength(Opportunity.TitleMaxLength);
        builder.Property(o => o.Url).HasMaxLength(500);
        builder.Property(o => o.Notes).HasMaxLength(10_000);
        builder.HasOne(o => o.Company).WithMany().HasForeignKey(o => o.CompanyId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(o => o.Contact).WithMany().HasForeignKey(o => o.ContactId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(o => o.InterviewRequest).WithMany().HasForeignKey(o => o.InterviewRequestId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(o => new { o.OwnerId, o.Status });
        builder.HasIndex(o => o.CompanyId);
        builder.HasIndex(o => o.ContactId);
        builder.HasIndex(o => o.InterviewRequestId);
    }
}
