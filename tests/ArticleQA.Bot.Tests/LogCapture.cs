using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ArticleQA.Bot.Tests;

/// <summary>A logger provider that keeps every formatted message, for tests that check what the host logs.</summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _messages = new();

    /// <summary>Every message logged so far.</summary>
    public IReadOnlyList<string> Messages => _messages.ToList();

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new Logger(this);

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture capture) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            capture._messages.Enqueue(formatter(state, exception));
    }
}
