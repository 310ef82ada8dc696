using InfoInterviews.Web.Domain;

namespace InfoInterviews.Web.Workspace;

/// <summary>
/// The question sets every new account starts with: one for each kind of informational interview (a
/// specific job, a company and its culture, a career, a qualification track) and one organised as
/// Trends, Insights, Advice, Resources and Assignments, which suits any conversation.
/// </summary>
public static class StarterQuestionSets
{
    public const string TiaraName = "TIARA: trends, insights, advice, resources, assignments";

    public static IReadOnlyList<StarterQuestionSet> All { get; } =
    [
        new(
            "About a specific job",
            InterviewPurpose.Job,
            "For someone who does the job, did it before, works in the team, or is hiring for it.",
            [
                "What does an ordinary week in this role look like, and where does most of the time go?",
                "What problem is the team hiring to solve, and why is it hiring now?",
                "Where does this role sit in the organisation: who relies on its work, and whose work does it rely on?",
                "How will the person in this role be judged after their first six months?",
                "What separates the people who do well in this job from those who struggle?",
                "What is true about this job that the posting does not say?",
                "What in a candidate's background would make you take a second look?",
                "If you were applying today, how would you prepare?",
            ]),
        new(
            "About a company and its culture",
            InterviewPurpose.CompanyAndCulture,
            "To find out whether a company you admire from the outside is a good place to work.",
            [
                "What drew you to this company, and what has kept you here?",
                "How are decisions made here: by consensus, by data, or by the most senior person in the room?",
                "What does the company reward in practice, whatever its values page says?",
                "How do teams work together, and what happens when they disagree?",
                "How does the company help people learn and move on to bigger work?",
                "What surprised you most in your first months?",
                "How has the company changed in the last two years, and where do you think it is going?",
                "Who else here would give me a fuller picture?",
            ]),
        new(
            "About a career",
            InterviewPurpose.Career,
            "For a graduate choosing a field, or anyone thinking of switching to a new one.",
            [
                "How did you come into this field, and what would you do differently if you started again?",
                "What does a career here usually look like over five to ten years?",
                "Which parts of the work give you energy, and which wear you down?",
                "Which of my skills would carry over, and which gaps would I need to close first?",
                "What do people outside the field tend to get wrong about it?",
                "How do people usually get their first role without direct experience?",
                "How does this work fit with the rest of life, honestly?",
                "Is there someone else you think I should talk to?",
            ]),
        new(
            "About a qualification track",
            InterviewPurpose.Qualification,
            "Before committing time and money to a qualification or certification.",
            [
                "What difference did the qualification make to your work or your career?",
                "How do employers in this field see it: required, welcome, or barely noticed?",
                "How long did it take you, and how did you fit the study around work and life?",
                "Which programmes or providers would you recommend, and which would you steer clear of?",
                "What did it cost in money and time, and was it worth it?",
                "Which parts of what you studied turned out to matter in practice?",
                "Is there a faster or cheaper way to show the same skills?",
                "Who else has taken this path and might share their experience?",
            ]),
        new(
            TiaraName,
            InterviewPurpose.Other,
            "A shape that works for any conversation: ask about trends, insights, advice, resources and assignments, in that order.",
            [
                "Trends: what changes do you expect in your field over the next few years?",
                "Trends: which developments are people in your industry talking about most right now?",
                "Insights: what do you know now about this work that you wish you had known at the start?",
                "Insights: what surprised you most once you were doing the work?",
                "Advice: in my position, what would you do to move closer to this kind of work?",
                "Advice: what mistakes should I avoid as I make this move?",
                "Resources: which people, groups, newsletters or events should I know about?",
                "Resources: is there someone else you think I should speak with?",
                "Assignments: which projects or challenges take up most of your time?",
                "Assignments: what could I take on now, at work or on my own, to gain relevant experience?",
            ]),
    ];
}

/// <summary>One starter set, as it is written into a new account.</summary>
public sealed record StarterQuestionSet(string Name, InterviewPurpose Purpose, string Description, IReadOnlyList<string> Questions)
{
    public QuestionSet Build()
    {
        var set = new QuestionSet(Name, Purpose) { Description = Description };
        foreach (var question in Questions)
        {
            set.Add(question);
        }

        return set;
    }
}
