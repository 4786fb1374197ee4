using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ArticleQA.Bot.Tests;

/// <summary>A logger provider that keeps every formatted message, for tests that check what the host logs.</summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _messages = new();
    private readonly ConcurrentQueue<Exception> _exceptions = new();

    /// <summary>Every message logged so far.</summary>
    public IReadOnlyList<string> Messages => _messages.ToList();

    /// <summary>Every exception logged so far (with any message).</summary>
    public IReadOnlyList<Exception> Exceptions => _exceptions.ToList();

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

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            capture._messages.Enqueue(formatter(state, exception));
            if (exception is not null) capture._exceptions.Enqueue(exception);
        }
    }
}
