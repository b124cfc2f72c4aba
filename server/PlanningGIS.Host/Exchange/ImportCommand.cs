using System.Text.Json;
using Microsoft.Extensions.Options;
using Npgsql;
using PlanningGIS.Planning;
using PlanningGIS.Planning.Accounts;
using PlanningGIS.Planning.Imports;

namespace PlanningGIS.Host.Exchange;

/// <summary>
/// `PlanningGIS.Host import FILE --target plots|zones|dossiers|land_use_current|clearance_parcels [--srid N] [--swap-xy] [--field-map field=source,...]
/// [--layer-map layer=on|off,...] [--commit --legal-basis "..."] [--json]` — the same import as the web
/// map's, from the command line (./planning-gis import): it prints the preview and, with --commit,
/// writes it. Exit 0 when done, 1 when the file is refused or has problems, 2 for a usage error.
/// The actor in history and audit is "cli:" and the system user's name.
/// </summary>
public static class ImportCommand
{
    public const string Usage =
        "usage: import FILE --target plots|zones|dossiers|land_use_current|clearance_parcels [--srid N] [--swap-xy] [--field-map field=source,...] " +
        "[--layer-map layer=on|off,...] [--commit --legal-basis \"...\"] [--json]";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        Options? options;
        try
        {
            options = Options.Parse(args[1..]);
        }
        catch (FormatException)
        {
            options = null;
        }
        if (options is null)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }
        var importer = new Importer(services.GetRequiredService<NpgsqlDataSource>(),
            PlanningServices.ConnectionString(services.GetRequiredService<IConfiguration>()),
            services.GetRequiredService<IOptions<PlanningOptions>>().Value);
        var account = new Account(0, "cli:" + Environment.UserName, "Dòng lệnh", [Roles.Planner], null);
        var db = services.GetRequiredService<NpgsqlDataSource>();
        try
        {
            Guid id;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            await using (var file = File.OpenRead(options.File))
                id = await importer.StageAsync(file, Path.GetFileName(options.File), options.Target, options.Choices, account, default);
            var preview = JsonDocument.Parse(await ImportPreview.JsonAsync(db, id, default)).RootElement;
            var staged = clock.Elapsed;
            Print(preview, options.Json);
            if (!options.Commit)
            {
                Timing(staged, null);
                return preview.GetProperty("errors").GetInt32() > 0 ? 1 : 0;
            }
            if (!preview.GetProperty("crs").GetProperty("confirmed").GetBoolean())
            {
                Console.Error.WriteLine("Hệ tọa độ chỉ được đoán, chưa được xác nhận: chạy lại với --srid " +
                                        preview.GetProperty("crs").GetProperty("srid") + " nếu đúng.");
                return 1;
            }
            clock.Restart();
            var (created, updated) = await importer.CommitAsync(id, options.LegalBasis, account, default);
            Console.WriteLine($"Đã ghi: {created} tạo mới, {updated} cập nhật (bản nhập {id}).");
            Timing(staged, clock.Elapsed);
            return 0;
        }
        catch (PlanningError e)
        {
            Console.Error.WriteLine($"{e.Code}: {e.Message}");
            return 1;
        }
    }

    /// <summary>How long each stage took and the process's peak memory (VmHWM): the import benchmark reads this line.</summary>
    private static void Timing(TimeSpan staged, TimeSpan? committed)
    {
        var peak = File.Exists("/proc/self/status")
            ? File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))?.Split(' ',
                StringSplitOptions.RemoveEmptyEntries)[1]
            : null;
        Console.Error.WriteLine(System.FormattableString.Invariant(
            $"# timing stage_s={staged.TotalSeconds:F2} commit_s={committed?.TotalSeconds.ToString("F2", System.Globalization.CultureInfo.InvariantCulture) ?? "-"} peak_rss_mb={(peak is null ? "-" : (long.Parse(peak) / 1024).ToString())}"));
    }

    private static void Print(JsonElement preview, bool json)
    {
        if (json)
        {
            Console.WriteLine(preview.GetRawText());
            return;
        }
        var crs = preview.GetProperty("crs");
        var counts = preview.GetProperty("counts");
        Console.WriteLine($"Bản nhập {preview.GetProperty("id")} ({preview.GetProperty("file").GetProperty("format")}, " +
                          $"bảng mã {preview.GetProperty("encoding")})");
        Console.WriteLine($"Hệ tọa độ: EPSG:{crs.GetProperty("srid")} ({crs.GetProperty("source")}" +
                          (crs.GetProperty("swapXy").GetBoolean() ? ", đổi X/Y" : "") + ")");
        Console.WriteLine($"Đối tượng: {counts.GetProperty("features")} — tạo mới {counts.GetProperty("create")}, " +
                          $"cập nhật {counts.GetProperty("update")}, bỏ qua {counts.GetProperty("skip")}, " +
                          $"có lỗi {counts.GetProperty("withErrors")}");
        foreach (var note in preview.GetProperty("notes").EnumerateArray())
            Console.WriteLine("  · " + note.GetString());
        var problems = preview.GetProperty("problems").EnumerateArray().ToList();
        foreach (var problem in problems.Take(50))
            Console.WriteLine((problem.TryGetProperty("feature", out var f) ? $"  #{f}" : "  tệp") +
                              $" [{problem.GetProperty("severity")}] {problem.GetProperty("problem")}: {problem.GetProperty("message")}");
        if (problems.Count > 50)
            Console.WriteLine($"  … và {problems.Count - 50} vấn đề khác (--json để xem hết).");
    }

    private sealed record Options(string File, string Target, ImportChoices Choices, bool Commit, string? LegalBasis, bool Json)
    {
        public static Options? Parse(string[] args)
        {
            string? file = null, target = null, basis = null;
            int? srid = null;
            bool? swap = null;
            bool commit = false, json = false;
            Dictionary<string, string>? fields = null;
            Dictionary<string, bool>? layers = null;
            for (var i = 0; i < args.Length; i++)
            {
                string Next() => i + 1 < args.Length ? args[++i] : throw new FormatException(args[i]);
                switch (args[i])
                {
                    case "--target": target = Next(); break;
                    case "--srid": srid = int.Parse(Next()); break;
                    case "--swap-xy": swap = true; break;
                    case "--field-map": fields = Pairs(Next()).ToDictionary(p => p.Key, p => p.Value); break;
                    case "--layer-map": layers = Pairs(Next()).ToDictionary(p => p.Key, p => p.Value is "on" or "yes" or "true" or "1"); break;
                    case "--commit": commit = true; break;
                    case "--legal-basis": basis = Next(); break;
                    case "--json": json = true; break;
                    case "--contentRoot": Next(); break;
                    case var other when !other.StartsWith("--", StringComparison.Ordinal) && file is null: file = other; break;
                    default: return null;
                }
            }
            return file is null || target is null || (commit && basis is null)
                ? null
                : new Options(file, target, new ImportChoices(srid, swap, fields, layers), commit, basis, json);
        }

        private static IEnumerable<KeyValuePair<string, string>> Pairs(string text) =>
            text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2))
                .Select(p => p.Length == 2 ? KeyValuePair.Create(p[0].Trim(), p[1].Trim()) : throw new FormatException(string.Join('=', p)));
    }
}
