using System.Diagnostics;
using System.Text;
using Npgsql;

namespace PlanningGIS.Planning.Exchange;

/// <summary>
/// GDAL's command-line tools (Debian's gdal-bin: ogr2ogr, ogrinfo, gdalsrsinfo) are the engine that
/// reads and writes the exchange formats: we never parse a format GDAL already reads. A tool runs as a
/// child process that is killed when the request is cancelled; its output streams (never held whole
/// unless asked for).
/// </summary>
public static class Gdal
{
    public sealed record Result(int ExitCode, string Output, string Errors)
    {
        public bool Succeeded => ExitCode == 0;
    }

    /// <summary>
    /// Runs a tool to completion. <paramref name="onOutputLine"/>, when given, receives each line of
    /// standard output instead of it being collected (progress, long listings).
    /// </summary>
    public static async Task<Result> RunAsync(string tool, IEnumerable<string> arguments, CancellationToken ct,
        IReadOnlyDictionary<string, string>? environment = null, Action<string>? onOutputLine = null)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        // GDAL's own messages in English whatever the server's locale; the caller words them for users.
        start.Environment["LC_ALL"] = "C.UTF-8";
        if (environment is not null)
            foreach (var (name, value) in environment)
                start.Environment[name] = value;

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        var output = new StringBuilder();
        var errors = new StringBuilder();
        var reading = Task.WhenAll(
            Pump(process.StandardOutput, line => { if (onOutputLine is null) output.AppendLine(line); else onOutputLine(line); }),
            Pump(process.StandardError, line => { if (errors.Length < 64_000) errors.AppendLine(line); }));
        try
        {
            await process.WaitForExitAsync(ct);
            await reading;
        }
        catch (OperationCanceledException)
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            throw;
        }
        return new Result(process.ExitCode, output.ToString(), errors.ToString());
    }

    private static async Task Pump(StreamReader reader, Action<string> line)
    {
        while (await reader.ReadLineAsync() is { } text)
            line(text);
    }

    /// <summary>
    /// GDAL's PostgreSQL data source for the database of a connection string. The password goes in
    /// the environment (PGPASSWORD), not on the command line where any local user could read it.
    /// </summary>
    public static (string DataSource, Dictionary<string, string> Environment) Postgres(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        var host = settings.Host?.Split(',')[0].Split(':')[0] ?? "127.0.0.1";
        var source = $"PG:host={host} port={settings.Port} dbname={settings.Database} user={settings.Username}";
        var environment = new Dictionary<string, string>();
        if (!string.IsNullOrEmpty(settings.Password))
            environment["PGPASSWORD"] = settings.Password;
        return (source, environment);
    }
}
