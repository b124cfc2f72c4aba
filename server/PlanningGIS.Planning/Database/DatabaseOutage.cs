using System.Net.Sockets;
using Npgsql;

namespace PlanningGIS.Planning.Database;

/// <summary>
/// PostgreSQL is down, restarting or unreachable: not a fault of the request, so every endpoint
/// answers it the same way (503 <see cref="Code"/>, <see cref="RetryAfterSeconds"/>, <see cref="Message"/>).
/// </summary>
public static class DatabaseOutage
{
    public const string Code = "SERVICE_UNAVAILABLE";

    public const string Message =
        "Máy chủ tạm thời không kết nối được cơ sở dữ liệu (đang bảo trì hoặc khởi động lại). Hãy thử lại sau ít phút.";

    /// <summary>A restart of PostgreSQL takes seconds; clients wait this long before trying again.</summary>
    public const int RetryAfterSeconds = 10;

    /// <summary>Whether the exception, or one it wraps, says that the database cannot be reached.</summary>
    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException postgres:
                    return IsOutageState(postgres.SqlState);
                // Refused or broken connections, a connect timeout, an exhausted pool, a stream cut mid-answer.
                case NpgsqlException { InnerException: SocketException or IOException or TimeoutException }:
                    return true;
                // With a primary and standbys: none of the servers a connection may go to is up (all were
                // found down within Host Recheck Seconds, so Npgsql tried none). Npgsql gives it no code.
                case NpgsqlException { InnerException: null, Message: NoServerUp }:
                    return true;
            }
        }
        return false;
    }

    private const string NoServerUp = "No suitable host was found.";

    // 08: connection exceptions; 57P01-57P03: admin or crash shutdown, starting up; 53300: too many connections.
    private static bool IsOutageState(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal) || sqlState is "57P01" or "57P02" or "57P03" or "53300";
}
