using ArticleQA.Bot;
using ArticleQA.Bot.Hosting;

// The composition root: Core answering behind a Bot Framework endpoint.
var builder = WebApplication.CreateBuilder(args);
builder.AddArticleQABot();

var app = builder.Build();
if (ConfigurationCheck.Problem(app) is { } problem)
{
    await Console.Error.WriteLineAsync(problem);
    return ConfigurationCheck.BadConfiguration;
}

app.MapArticleQABot();
await app.RunAsync();
return 0;

/// <summary>The web host's entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
