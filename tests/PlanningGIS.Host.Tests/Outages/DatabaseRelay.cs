using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace PlanningGIS.Host.Tests.Outages;

/// <summary>
/// A TCP relay between the host and PostgreSQL on a loopback port of its own. <see cref="Cut"/> is
/// the database going away for the host alone: open connections break and new ones are refused,
/// while the shared test cluster keeps serving the other fixtures.
/// </summary>
public sealed class DatabaseRelay : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentBag<TcpClient> connections = [];
    private readonly CancellationTokenSource cut = new();
    private readonly Task accepting;

    public DatabaseRelay(string targetHost, int targetPort)
    {
        listener.Start();
        accepting = AcceptAsync(targetHost, targetPort);
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>
    /// From now on, the server's reply to the next COMMIT is not passed on: the relay is cut instead.
    /// The transaction has committed, and the host cannot know it (a crash at the worst moment).
    /// </summary>
    public bool LoseNextCommitReply { get; set; }

    public void Cut()
    {
        cut.Cancel();
        listener.Stop();
        foreach (var connection in connections)
            connection.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        if (!cut.IsCancellationRequested)
            Cut();
        try { await accepting; } catch (Exception e) when (e is SocketException or ObjectDisposedException or OperationCanceledException) { }
    }

    private async Task AcceptAsync(string targetHost, int targetPort)
    {
        while (!cut.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(cut.Token);
            var server = new TcpClient();
            await server.ConnectAsync(targetHost, targetPort, cut.Token);
            connections.Add(client);
            connections.Add(server);
            _ = PumpAsync(client.GetStream(), server.GetStream(), fromServer: false);
            _ = PumpAsync(server.GetStream(), client.GetStream(), fromServer: true);
        }
    }

    // CommandComplete with the tag "COMMIT", as PostgreSQL sends it when a transaction commits.
    private static readonly byte[] CommitReply = "COMMIT\0"u8.ToArray();

    private async Task PumpAsync(NetworkStream from, NetworkStream to, bool fromServer)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            int read;
            while ((read = await from.ReadAsync(buffer, cut.Token)) > 0)
            {
                if (fromServer && LoseNextCommitReply && buffer.AsSpan(0, read).IndexOf(CommitReply) >= 0)
                {
                    LoseNextCommitReply = false;
                    Cut();
                    return;
                }
                await to.WriteAsync(buffer.AsMemory(0, read), cut.Token);
            }
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
        }
        finally
        {
            to.Socket.Close();
        }
    }
}
