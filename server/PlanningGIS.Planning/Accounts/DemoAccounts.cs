using System.Security.Cryptography;
using Npgsql;

namespace PlanningGIS.Planning.Accounts;

/// <summary>
/// One account per role for trying the system: random passwords, written once to a file only the
/// owner can read (one "username password" per line).
/// </summary>
public sealed class DemoAccounts(AccountStore accounts, NpgsqlDataSource dataSource)
{
    private static readonly (string Username, string DisplayName, string Role)[] Demo =
    [
        ("planner", "Cán bộ quy hoạch (demo)", Roles.Planner),
        ("inspector", "Thanh tra viên (demo)", Roles.Inspector),
        ("investor", "Nhà đầu tư (demo)", Roles.Investor),
        ("admin", "Quản trị hệ thống (demo)", Roles.Admin),
    ];

    /// <summary>Creates the accounts and the file if the file does not exist; returns the lines written, or none.</summary>
    public async Task<IReadOnlyList<string>> EnsureAsync(string path, CancellationToken ct = default)
    {
        if (File.Exists(path))
            return [];
        // The demo investor acts for the first sample investor, so it has allocations of its own.
        await using var cmd = dataSource.CreateCommand("select id from investors order by code limit 1");
        var investorId = await cmd.ExecuteScalarAsync(ct) as long?;
        var lines = new List<string>();
        foreach (var (username, displayName, role) in Demo)
        {
            var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', 'x').Replace('/', 'y');
            await accounts.SaveAsync(username, displayName, [role], password, role == Roles.Investor ? investorId : null, ct);
            lines.Add($"{username} {password}");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite; // mode 600 from the start
        await using (var file = new FileStream(path, options))
        await using (var writer = new StreamWriter(file))
            await writer.WriteAsync(string.Join('\n', lines) + "\n");
        return lines;
    }
}
