using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoInterviews.Web.Data.Configurations;

public sealed class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(Tag.NameMaxLength);
        builder.HasIndex(t => new { t.OwnerId, t.NameKey }).IsUnique();
        builder.HasIndex(t => new { t.OwnerId, t.Name });
    }
}

public sealed class ContactTagConfiguration : IEntityTypeConfiguration<ContactTag>
{
    public void Configure(EntityTypeBuilder<ContactTag> builder)
    {
        builder.HasKey(ct => new { ct.ContactId, ct.TagId });
        builder.HasOne(ct => ct.Contact).WithMany(c => c.Tags).HasForeignKey(ct => ct.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(ct => ct.Tag).WithMany(t => t.Contacts).HasForeignKey(ct => ct.TagId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(ct => ct.TagId);
    }
}
