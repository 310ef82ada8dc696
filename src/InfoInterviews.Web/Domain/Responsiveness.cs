using System.ComponentModel.DataAnnotations;

namespace InfoInterviews.Web.Domain;

/// <summary>How a contact answers requests, after Steve Dalton's 3B7 routine.</summary>
public enum Responsiveness
{
    /// <summary>Replied within <see cref="FollowUpPlanner.SecondContactAfterBusinessDays"/> business days.</summary>
    [Display(Name = "Booster")] Booster,

    /// <summary>Replied, but later.</summary>
    [Display(Name = "Obligate")] Obligate,

    /// <summary>No reply after <see cref="FollowUpPlanner.NudgeAfterBusinessDays"/> business days.</summary>
    [Display(Name = "Curmudgeon")] Curmudgeon,
}

public static class ResponsivenessText
{
    /// <summary>What a responsiveness means, in words a user reads beside it.</summary>
    public static string Meaning(Responsiveness responsiveness) => responsiveness switch
    {
        Responsiveness.Booster => $"replied within {FollowUpPlanner.SecondContactAfterBusinessDays} business days",
        Responsiveness.Obligate => $"replied, after more than {FollowUpPlanner.SecondContactAfterBusinessDays} business days",
        _ => $"no reply after {FollowUpPlanner.NudgeAfterBusinessDays} business days",
    };
}
