using ArticleQA.Bot;

// The composition root: Core answering behind a Bot Framework endpoint.
var builder = WebApplication.CreateBuilder(args);
builder.AddArticleQABot();

var app = builder.Build();
app.MapArticleQABot();
app.Run();

/// <summary>The web host's entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
