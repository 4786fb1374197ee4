using ArticleQA.Bot.Hosting;
using ArticleQA.Bot.Replies;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace ArticleQA.Bot.Tests;

public sealed class SourceLinksTests
{
    [Fact]
    public void For_NoBaseUrlConfigured_PointsAtTheAddressTheHostListensOn()
    {
        var links = new SourceLinks(Options.Create(new BotOptions()), new ListeningServer("http://127.0.0.1:40123"));

        Assert.Equal("http://127.0.0.1:40123/articles/powering-up.txt#p38", links.For("powering-up.txt", 38));
    }

    [Fact]
    public void For_WildcardBinding_PointsAtLocalhost()
    {
        var links = new SourceLinks(Options.Create(new BotOptions()), new ListeningServer("http://0.0.0.0:3978"));

        Assert.Equal("http://localhost:3978/articles/a%20b.txt#p1", links.For("a b.txt", 1));
    }

    [Fact]
    public void For_BaseUrlConfigured_UsesIt()
    {
        var options = new BotOptions { SourceBaseUrl = "https://qa.example.com/articles/" };
        var links = new SourceLinks(Options.Create(options), new ListeningServer("http://127.0.0.1:40123"));

        Assert.Equal("https://qa.example.com/articles/powering-up.txt#p2", links.For("powering-up.txt", 2));
    }

    /// <summary>A server seen only through the addresses it reports, as Kestrel reports them.</summary>
    private sealed class ListeningServer : IServer
    {
        public ListeningServer(string address)
        {
            var addresses = new ServerAddressesFeature();
            addresses.Addresses.Add(address);
            Features.Set<IServerAddressesFeature>(addresses);
        }

        public IFeatureCollection Features { get; } = new FeatureCollection();

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
            where TContext : notnull => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
        }
    }
}
