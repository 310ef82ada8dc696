using InfoInterviews.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoInterviews.Web.Data.Configurations;

public sealed class InterviewRequestConfiguration : IEntityTypeConfiguration<InterviewRequest>
{
    public void Configure(EntityTypeBuilder<InterviewRequest> builder)
    {
        builder.Property(r => r.ContactName).HasMaxLength(Contact.FullNameMaxLength);
        builder.Property(r => r.Goal).HasMaxLength(InterviewRequest.GoalMaxLength);
        builder.Property(r => r.LocationOrLink).HasMaxLength(InterviewRequest.LocationOrLinkMaxLength);
        builder.Property(r => r.Notes).HasMaxLength(InterviewRequest.NotesMaxLength);
        builder.Property(r => r.KeyInsights).HasMaxLength(InterviewRequest.OutcomeTextMaxLength);
        builder.Property(r => r.Advice).HasMaxLength(InterviewRequest.OutcomeTextMaxLength);
        builder.Property(r => r.ResourcesMentioned).HasMaxLength(InterviewRequest.OutcomeTextMaxLength);
        builder.Property(r => r.NextSteps).HasMaxLength(InterviewRequest.OutcomeTextMaxLength);
        builder.Ignore(r => r.AllowedMoves);

        // Deleting a contact keeps the interviews held with them: the name stays on the record.
        builder.HasOne(r => r.Contact).WithMany().HasForeignKey(r => r.ContactId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(r => r.Introducer).WithMany().HasForeignKey(r => r.IntroducerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(r => r.Company).WithMany().HasForeignKey(r => r.CompanyId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(r => r.History).WithOne(h => h.InterviewRequest).HasForeignKey(h => h.InterviewRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Questions).WithOne(q => q.InterviewRequest).HasForeignKey(q => q.InterviewRequestId).OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(r => new { r.OwnerId, r.Status, r.ScheduledStartUtc });
        builder.HasIndex(r => new { r.OwnerId, r.ScheduledStartUtc });

        // The interview list's default order reads the interviews not to come newest first (see Pages/Interviews/Index).
        builder.HasIndex(r => new { r.OwnerId, r.CreatedUtc });
        builder.HasIndex(r => r.ContactId);
        builder.HasIndex(r => r.CompanyId);
    }
}

public sealed class InterviewStatusChangeConfiguration : IEntityTypeConfiguration<InterviewStatusChange>
{
    public void Configure(EntityTypeBuilder<InterviewStatusChange> builder)
    {
        builder.HasIndex(h => new { h.InterviewRequestId, h.ChangedUtc });

        // The dashboard reads the moves to one status in a window of time (requests sent per week, the
        // funnel's requests): a range of this index, not every move of the workspace.
        builder.HasIndex(h => new { h.OwnerId, h.ToStatus, h.ChangedUtc });
    }
}

public sealed class InterviewQuestionConfiguration : IEntityTypeConfiguration<InterviewQuestion>
{
    public void Configure(EntityTypeBuilder<InterviewQuestion> builder)
    {
        builder.Property(q => q.Text).HasMaxLength(InterviewQuestion.TextMaxLength);
        builder.Property(q => q.Answer).HasMaxLength(InterviewQuestion.AnswerMaxLength);
        builder.HasIndex(q => new { q.InterviewRequestId, q.Position });
    }
}
