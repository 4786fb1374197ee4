using ArticleQA.Bot;
using ArticleQA.Bot.Hosting;

// The composition root: Core answering behind a Bot Framework endpoint.
// appsettings.json (log levels and all) is read from beside the program, whatever the working folder.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
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
