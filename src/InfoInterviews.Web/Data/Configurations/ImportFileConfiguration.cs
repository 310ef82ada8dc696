using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoInterviews.Web.Data.Configurations;

public sealed class ImportFileConfiguration : IEntityTypeConfiguration<ImportFile>
{
    public void Configure(EntityTypeBuilder<ImportFile> builder)
    {
        builder.Property(f => f.FileName).HasMaxLength(ImportFile.FileNameMaxLength);
        builder.HasIndex(f => new { f.OwnerId, f.UploadedUtc });
    }
}
