using System.Net;
using System.Net.Sockets;

namespace ArticleQA.Bot.Tests.Processes;

/// <summary>Ports the system reports free right now, for servers that cannot be given port 0.</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
