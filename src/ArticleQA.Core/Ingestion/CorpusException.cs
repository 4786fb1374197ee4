namespace ArticleQA.Core.Ingestion;

/// <summary>The corpus could not be read; the message names the path and says why.</summary>
public sealed class CorpusException(string message, Exception? inner = null) : Exception(message, inner);
