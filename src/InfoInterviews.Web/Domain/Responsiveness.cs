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
