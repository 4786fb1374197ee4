namespace ArticleQA.Core.Text;

/// <summary>
/// Small groups of general news-English words that mean nearly the same for matching a
/// question to a sentence ("spend" and "expenditure", "share" and "proportion"). Matched by stem.
/// </summary>
public static class Synonyms
{
    private static readonly string[][] Groups =
    [
        ["spend", "spending", "expenditure", "invest", "investment", "budget", "funding", "fund", "money", "put", "pour", "allocate", "devote"],
        ["share", "proportion", "fraction", "percentage", "percent", "portion", "part", "third", "half", "quarter"],
        ["grow", "growth", "increase", "rise", "expand", "expansion", "gain"],
        ["rank", "place", "position", "top", "first"],
        ["company", "firm", "corporation", "corp", "enterprise", "business", "group", "employer", "consultancy", "maker"],
        ["world", "global", "globally", "planet", "international", "worldwide"],
        ["country", "nation", "national"],
        ["factory", "plant", "manufacturing", "production"],
        ["found", "founder", "establish", "launch", "start", "create"],
        ["employee", "worker", "staff", "headcount", "workforce"],
        ["cost", "price", "expense"],
        ["aim", "goal", "target", "objective", "mission", "seek"],
        ["lead", "leader", "head", "chair", "chairman", "director", "president", "chief", "boss", "ceo"],
        ["big", "large", "huge", "vast", "massive", "enormous"],
        ["cheap", "inexpensive", "affordable", "cost-effective", "low"],
        ["labor", "labour"],
        ["result", "achievement", "outcome", "accomplishment"],
        ["belong", "part", "member", "affiliate", "affiliated"],
        ["product", "goods", "item"],
        ["problem", "challenge", "difficulty", "issue", "obstacle"],
        ["help", "support", "enable", "aid", "boost", "allow", "let", "permit"],
        ["stay", "remain", "maintain", "keep"],
        ["ahead", "edge", "lead", "advantage", "front", "forefront"],
        ["rival", "competitor", "competition"],
        ["uncertain", "uncertainty"],
        ["encourage", "encouragement", "hearten", "heartening", "inspire", "inspiration", "motivate"],
        ["resonate", "chord", "struck"],
        ["base", "foundation", "basis", "bedrock"],
        ["entrepreneur", "entrepreneurial", "founder", "startup"],
        ["integrate", "integration", "merge", "merger", "combine", "fuse", "fusion"],
        ["lunar", "moon"],
        ["science", "sci", "scientific"], // "sci-tech" is read as two words
        ["lab", "laboratory"],
        ["buy", "purchase", "commercial", "consumer", "product"],
        ["gap", "divide", "bridge", "link", "connect", "connection"],
        ["central", "key", "core", "pillar", "crucial", "vital", "essential", "cornerstone"],
        ["main", "chief", "principal", "primary"],
        ["per", "every", "each"],
        ["deliver", "produce", "build", "manufacture"],
        ["complete", "full", "whole", "full-scale"],
        ["machine", "computer", "device"],
        ["promising", "hopeful", "potential"],
        ["especially", "particularly", "notably", "specially"],
        ["field", "area", "sector", "domain"],
        ["close", "end", "last", "final", "conclude"],
        ["follow", "following", "next", "subsequent", "upcoming"],
        ["span", "cover", "period"],
        ["valuable", "high-value", "value"],
        ["cement", "strengthen", "consolidate", "solidify", "reinforce"],
        ["evidence", "proof", "sign"],
        ["old", "past", "former", "traditional"],
        ["technology", "tech", "technological"],
        ["robot", "robotic", "robotics"],
        ["scientist", "researcher", "academician", "scientific"],
        ["car", "vehicle", "automobile"],
        ["sell", "sale", "sales", "market"],
        ["revenue", "income", "turnover", "earnings", "profit"],
        ["population", "inhabitant", "resident"],
        ["release", "unveil", "publish", "issue", "announce", "present", "public"],
        ["stress", "emphasize", "emphasise", "emphasis", "underline", "highlight", "underscore"],
        ["institute", "institution", "organization", "organisation", "agency", "body", "academy"],
        ["role", "job", "position", "post", "title", "occupation", "work", "deputy", "director", "president", "chairman", "member", "head",
         "academician", "vice-president", "executive"],
    ];

    private static readonly Dictionary<string, HashSet<string>> ByStem = Build();

    /// <summary>The stems that mean nearly the same as <paramref name="stem"/>, itself included.</summary>
    public static IReadOnlySet<string> Of(string stem) =>
        ByStem.TryGetValue(stem, out var group) ? group : new HashSet<string>(StringComparer.Ordinal) { stem };

    private static Dictionary<string, HashSet<string>> Build()
    {
        var byStem = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var group in Groups)
        {
            var stems = group.Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
            foreach (var stem in stems)
            {
                if (byStem.TryGetValue(stem, out var existing)) existing.UnionWith(stems);
                else byStem[stem] = new HashSet<string>(stems, StringComparer.Ordinal);
            }
        }

        return byStem;
    }
}
