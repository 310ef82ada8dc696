using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoInterviews.Web.Data.Configurations;

public sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.Property(c => c.FirstName).HasMaxLength(Contact.NameMaxLength);
        builder.Property(c => c.LastName).HasMaxLength(Contact.NameMaxLength);
        builder.Property(c => c.Email).HasMaxLength(254);
        builder.Property(c => c.Phone).HasMaxLength(40);
        builder.Property(c => c.LinkedInUrl).HasMaxLength(500);
        builder.Property(c => c.Role).HasMaxLength(150);
        builder.Property(c => c.Location).HasMaxLength(200);
        builder.Property(c => c.Notes).HasMaxLength(20_000);
        builder.Ignore(c => c.FullName);

        builder.HasOne(c => c.Company).WithMany(c => c.Contacts).HasForeignKey(c => c.CompanyId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(c => c.IntroducedBy).WithMany().HasForeignKey(c => c.IntroducedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(c => c.SuggestedInInterview).WithMany().HasForeignKey(c => c.SuggestedInInterviewId).OnDelete(DeleteBehavior.SetNull);

        // The list pages filter on the owner and archive flag, then sort on one of these columns.
        builder.HasIndex(c => new { c.OwnerId, c.IsArchived, c.LastName, c.FirstName });
        builder.HasIndex(c => new { c.OwnerId, c.IsArchived, c.LastTouchUtc });
        builder.HasIndex(c => new { c.OwnerId, c.IsArchived, c.NextFollowUpUtc });
        builder.HasIndex(c => new { c.OwnerId, c.CompanyId });
    }
}
