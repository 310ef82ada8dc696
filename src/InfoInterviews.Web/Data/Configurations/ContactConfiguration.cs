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
        builder.Property(c => c.Email).HasMaxLength(Contact.EmailMaxLength);
        builder.Property(c => c.Phone).HasMaxLength(Contact.PhoneMaxLength);
        builder.Property(c => c.LinkedInUrl).HasMaxLength(Contact.UrlMaxLength);
        builder.Property(c => c.EmailKey).HasMaxLength(Contact.EmailMaxLength);
        builder.Property(c => c.LinkedInKey).HasMaxLength(Contact.UrlMaxLength);
        builder.Property(c => c.Role).HasMaxLength(Contact.RoleMaxLength);
        builder.Property(c => c.Location).HasMaxLength(Contact.LocationMaxLength);
        builder.Property(c => c.Connection).HasMaxLength(Contact.ConnectionMaxLength);
        builder.Property(c => c.Notes).HasMaxLength(Contact.NotesMaxLength);
        builder.Property(c => c.FullName).HasMaxLength(Contact.FullNameMaxLength);

        builder.HasOne(c => c.Company).WithMany(c => c.Contacts).HasForeignKey(c => c.CompanyId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(c => c.IntroducedBy).WithMany().HasForeignKey(c => c.IntroducedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(c => c.SuggestedInInterview).WithMany().HasForeignKey(c => c.SuggestedInInterviewId).OnDelete(DeleteBehavior.SetNull);

        // The list pages filter on the owner and archive flag, then sort on one of these columns. Each ends
        // in the id, the list's tie-breaker, so a page of the contact list starts at a row's place in the
        // index (docs/decisions/0018); SQLite would add the id on its own, PostgreSQL needs it named.
        builder.HasIndex(c => new { c.OwnerId, c.IsArchived, c.LastName, c.FirstName, c.Id });
        builder.HasIndex(c => new { c.OwnerId, c.IsArchived, c.LastTouchUtc, c.Id });
        builder.HasIndex(c => new { c.OwnerId, c.IsArchived, c.NextFollowUpUtc, c.Id });
        // A company's contacts by name: the contact list sorted by company reads the companies in name order
        // and each one's contacts from here.
        builder.HasIndex(c => new { c.OwnerId, c.CompanyId, c.IsArchived, c.FullName, c.Id });
        // The match keys of ContactMatchKeys: imports and the duplicates list look up and group on these.
        builder.HasIndex(c => new { c.OwnerId, c.SearchKey, c.CompanyId });
        builder.HasIndex(c => new { c.OwnerId, c.EmailKey });
        builder.HasIndex(c => new { c.OwnerId, c.LinkedInKey });
        builder.HasIndex(c => new { c.OwnerId, c.IsArchived, c.RepliedAs });
        builder.HasIndex(c => new { c.OwnerId, c.IsArchived, c.NoReplyAfterUtc });
    }
}
