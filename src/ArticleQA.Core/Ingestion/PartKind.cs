namespace ArticleQA.Core.Ingestion;

/// <summary>The role a block of text plays in an article.</summary>
public enum PartKind
{
    /// <summary>The "Published: …" line.</summary>
    Dateline,
    /// <summary>The headline.</summary>
    Title,
    /// <summary>The "By …" line.</summary>
    Byline,
    /// <summary>The summary line under the headline.</summary>
    Standfirst,
    /// <summary>A numbered paragraph of the article's body.</summary>
    Body,
    /// <summary>A photo caption, with its credit at the end.</summary>
    Caption,
    /// <summary>A credit line standing alone, such as "(NAME / OUTLET)".</summary>
    Credit,
    /// <summary>The author's contact address at the end.</summary>
    Contact,

    /// <summary>A section heading: a short line of its own between paragraphs, such as "Early life".</summary>
    Heading,
}
