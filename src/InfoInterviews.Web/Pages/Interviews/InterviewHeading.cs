using InfoInterviews.Web.Domain;

namespace InfoInterviews.Web.Pages.Interviews;

/// <summary>What every page of one interview shows at its top: who it is with, its status, and the pages of the interview.</summary>
public sealed record InterviewHeading(int Id, string ContactName, InterviewStatus Status, string Page);
