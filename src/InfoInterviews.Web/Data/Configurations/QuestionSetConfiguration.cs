using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoInterviews.Web.Data.Configurations;

public sealed class QuestionSetConfiguration : IEntityTypeConfiguration<QuestionSet>
{
    public void Configure(EntityTypeBuilder<QuestionSet> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(QuestionSet.NameMaxLength);
        builder.Property(s => s.Description).HasMaxLength(2_000);
        builder.Ignore(s => s.Ordered);
        builder.HasMany(s => s.Questions).WithOne(q => q.QuestionSet).HasForeignKey(q => q.QuestionSetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.OwnerId, s.Name });
    }
}

public sealed class QuestionConfiguration : IEntityTypeConfiguration<Question>
{
    public void Configure(EntityTypeBuilder<Question> builder)
    {
        builder.Property(q => q.Text).HasMaxLength(Question.TextMaxLength);
        builder.HasIndex(q => new { q.QuestionSetId, q.Position });
    }
}
