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
            _ = PumpAsync(client.GetStream(), server.GetStream());
            _ = PumpAsync(server.GetStream(), client.GetStream());
        }
    }

    private async Task PumpAsync(NetworkStream from, NetworkStream to)
    {
        try
        {
            await from.CopyToAsync(to, cut.Token);
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
