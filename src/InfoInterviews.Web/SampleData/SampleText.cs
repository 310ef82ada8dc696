using InfoInterviews.Web.Domain;

namespace InfoInterviews.Web.SampleData;

/// <summary>The words the sample workspace is made of: people, companies, and what was said.</summary>
internal static class SampleText
{
    public static readonly string[] FirstNames =
    [
        "Amara", "Ben", "Chiara", "Daniel", "Elif", "Farah", "Gabriel", "Hana", "Ikenna", "Julia",
        "Kenji", "Leila", "Mateo", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Samir", "Tamsin",
        "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zoe", "Aiden", "Beatriz", "Callum", "Dilnoza",
        "Emeka", "Freya", "Goran", "Hiroshi", "Ines", "Jonas", "Kavya", "Lucas", "Maya", "Noor",
    ];

    public static readonly string[] LastNames =
    [
        "Adeyemi", "Bergström", "Castillo", "Dubois", "Eriksen", "Fernández", "Gallagher", "Hosseini", "Ivanova", "Jensen",
        "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Patel", "Quinn", "Rossi", "Schmidt", "Tanaka",
        "Uddin", "Varga", "Wójcik", "Yilmaz", "Zhang", "Abbott", "Brennan", "Chen", "Da Silva", "Ekström",
        "Fischer", "García", "Haddad", "Iyer", "Kim", "Lopez", "Mensah", "Novak", "O'Brien", "Park",
    ];

    public static readonly (string Name, string Industry, string Location)[] Companies =
    [
        ("Northwind Analytics", "Data and analytics", "Manchester"),
        ("Bluefin Health", "Health technology", "Leeds"),
        ("Cobalt Robotics", "Manufacturing", "Sheffield"),
        ("Driftwood Games", "Games", "Dundee"),
        ("Evergreen Energy", "Renewable energy", "Glasgow"),
        ("Fieldstone Bank", "Financial services", "Edinburgh"),
        ("Granite Logistics", "Logistics", "Birmingham"),
        ("Harbour Publishing", "Media", "Bristol"),
        ("Ironbark Consulting", "Consulting", "London"),
        ("Juniper Learning", "Education", "Cambridge"),
        ("Kestrel Aerospace", "Aerospace", "Derby"),
        ("Lumen Pharmaceuticals", "Pharmaceuticals", "Oxford"),
        ("Meridian Retail", "Retail", "Nottingham"),
        ("Nimbus Cloud", "Software", "Remote"),
        ("Oakleaf Foundation", "Charity", "Cardiff"),
    ];

    public static readonly string[] Roles =
    [
        "Data analyst", "Product manager", "Software engineer", "Engineering manager", "UX researcher",
        "Head of data", "Recruiter", "Operations lead", "Marketing manager", "Policy advisor",
        "Clinical lead", "Finance director", "Consultant", "Teacher turned instructional designer", "Founder",
    ];

    public static readonly string[] Tags = ["alumni", "mentor", "data", "hiring manager", "recruiter", "design", "warm lead", "conference"];

    public static readonly string[] TouchSummaries =
    [
        "Congratulated them on the new role.",
        "Shared an article on their team's launch.",
        "Caught up over coffee.",
        "Commented on their conference talk.",
        "They sent a note about an opening.",
        "Quick call about the industry.",
    ];

    public static readonly string[] ContactNotes =
    [
        "Met at the **spring meetup**; ask about the data team and how they hire.",
        "Very generous with time. Prefers email to LinkedIn.\n\n- Likes talking about career changes\n- Has two kids; mornings are busy",
        "Moved from teaching into product design three years ago.",
        "Runs the alumni mentoring scheme; a good person to ask for introductions.",
    ];

    public static readonly string[] CompanyNotes =
    [
        "Growing the analytics team this year; the graduate scheme opens in **January**.",
        "Hybrid, three days in the office. Known for good mentoring.",
    ];

    public static readonly Dictionary<InterviewPurpose, string> Goals = new()
    {
        [InterviewPurpose.Job] = "Understand what a junior analyst does day to day",
        [InterviewPurpose.CompanyAndCulture] = "Learn how teams work and what the culture rewards",
        [InterviewPurpose.Career] = "Hear how they moved into the field and what they would do again",
        [InterviewPurpose.Qualification] = "Find out whether the certification is worth it",
        [InterviewPurpose.Other] = "Get advice on building a portfolio",
    };

    public static readonly string[] Questions =
    [
        "What does a typical week look like in your role?",
        "What trends are changing your field right now?",
        "What do you wish you had known when you started?",
        "Which skills or qualifications matter most when hiring?",
        "Who else would you suggest I talk to?",
    ];

    public static readonly string[] Answers =
    [
        "Mostly stakeholder meetings early in the week, then heads-down analysis.",
        "Automation of reporting; people who can explain results are in demand.",
        "That the network matters as much as the CV. Start conversations early.",
        "SQL and clear writing; the certificate helps only with a portfolio behind it.",
    ];

    public static readonly string[] InterviewNotes =
    [
        "Friendly and open. Suggested I look at the **internal data academy**.",
        "Short call, but very practical advice about the hiring process.",
        "Talked for an hour; offered to review my CV.",
    ];

    public static readonly string[] Insights =
    [
        "Hiring managers read the portfolio before the CV.",
        "Teams are moving towards product analytics.",
        "The graduate scheme is the main way in.",
    ];

    public static readonly string[] Advice =
    [
        "Build one end-to-end project with public data.",
        "Rewrite the CV around outcomes, not duties.",
        "Go to the local meetup; the team attends.",
    ];

    public static readonly string[] Resources = ["Storytelling with Data", "The company's engineering blog", "A free SQL course"];

    public static readonly string[] OpportunityTitles =
    [
        "Junior data analyst", "Product analyst", "Graduate scheme", "Research assistant", "Operations analyst",
        "Reporting contract", "UX research internship", "Analytics engineer",
    ];

    public static readonly string[] FollowUpTitles =
    [
        "Send {0} the article on product analytics",
        "Congratulate {0} on the promotion",
        "Share my portfolio with {0}",
        "Ask {0} about the meetup",
    ];
}
