using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoInterviews.Web.Data.Configurations;

public sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(ApplicationUser.DisplayNameMaxLength);
        builder.Property(u => u.TimeZoneId).HasMaxLength(ApplicationUser.TimeZoneIdMaxLength);

        // The digest sender seeks the users whose digest is due.
        builder.HasIndex(u => u.NextDigestUtc);

        // Only the database moves the workspace version on: Identity's user store marks every property of
        // a user it saves as changed, and would otherwise write back the version it read, turning it back.
        builder.Property(u => u.WorkspaceVersion).Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);

        // A feed request is looked up by its token's hash; a second user with the same hash cannot be.
        builder.Property(u => u.CalendarFeedTokenHash).HasMaxLength(CalendarFeedToken.HashLength);
        builder.HasIndex(u => u.CalendarFeedTokenHash).IsUnique();
    }
}
