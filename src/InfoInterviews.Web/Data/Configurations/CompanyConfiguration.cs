using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoInterviews.Web.Data.Configurations;

public sealed class CompanyConfiguration : IEntityTypeConfiguration<Company>
{
    public void Configure(EntityTypeBuilder<Company> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(Company.NameMaxLength);
        builder.Property(c => c.Website).HasMaxLength(500);
        builder.Property(c => c.Industry).HasMaxLength(100);
        builder.Property(c => c.Location).HasMaxLength(200);
        builder.Property(c => c.Notes).HasMaxLength(20_000);
        builder.HasIndex(c => new { c.OwnerId, c.Name }).IsUnique();
        builder.HasIndex(c => new { c.OwnerId, c.Motivation, c.Posting });
    }
}
