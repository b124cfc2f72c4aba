using System.Text.Json;
using Npgsql;

namespace PlanningGIS.Planning.Imports;

/// <summary>An import's row: where it stands and the choices made so far.</summary>
public sealed record ImportState(Guid Id, string Target, string Status, int? Srid, bool SwapXy, string? SridSource,
    Dictionary<string, string> FieldMap, Dictionary<string, bool> LayerMap)
{
    public static async Task<ImportState> LoadAsync(NpgsqlConnection connection, Guid id, CancellationToken ct, bool forUpdate = false)
    {
        await using var cmd = new NpgsqlCommand(
            "select target, status, srid, swap_xy, srid_source, field_map::text, layer_map::text from imports where id = @id"
            + (forUpdate ? " for update" : ""), connection);
        cmd.Parameters.AddWithValue("id", id);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
            throw NotFound(id);
        return new ImportState(id, reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetInt32(2),
            reader.GetBoolean(3), reader.IsDBNull(4) ? null : reader.GetString(4),
            JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(5))!,
            JsonSerializer.Deserialize<Dictionary<string, bool>>(reader.GetString(6))!);
    }

    public static PlanningError NotFound(Guid id) =>
        new(ErrorCodes.NotFound, "Không có bản nhập này (có thể đã quá một ngày và được dọn đi).",
            new Dictionary<string, object?> { ["id"] = id.ToString() });

    /// <summary>Only a staged import is changed, committed or discarded: a committed one is history.</summary>
    public void RequireStaged()
    {
        if (Status != "staged")
            throw new PlanningError(ErrorCodes.InvalidTransition,
                Status == "committed" ? "Bản nhập này đã được ghi; không thay đổi được nữa." : "Bản nhập này đã bị hủy.",
                new Dictionary<string, object?> { ["status"] = Status });
    }
}
