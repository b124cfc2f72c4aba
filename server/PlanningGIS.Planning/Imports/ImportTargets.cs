using System.Globalization;
using System.Text;

namespace PlanningGIS.Planning.Imports;

/// <summary>A field of a target table that a source field can be mapped to.</summary>
public sealed record TargetField(string Name, string Label, bool Required, string Type, params string[] Aliases);

/// <summary>
/// What an import can write, with the fields a source field maps to. Aliases are the names surveyors
/// and CAD operators use (compared without case, diacritics or punctuation), so most files need no
/// mapping by hand.
/// </summary>
public sealed record ImportTarget(string Name, string Label, string Table, IReadOnlyList<TargetField> Fields, bool HasCodes = true)
{
    public static readonly ImportTarget Plots = new("plots", "lô đất", "plots",
    [
        new("code", "Mã lô", true, "text", "code", "ma", "ma lo", "malo", "ma lo dat", "so hieu lo", "ky hieu lo", "lo", "plot", "plot code", "label_code"),
        new("zone_code", "Mã khu chức năng", false, "text", "zone", "zone code", "ma khu", "khu", "phan khu"),
        new("land_use_code", "Loại đất (mã)", true, "text", "land use", "land use code", "landuse", "loai dat", "ma loai dat", "mdsd",
            "muc dich su dung", "ky hieu loai dat", "label_land_use"),
        new("max_building_density", "Mật độ xây dựng tối đa (%)", false, "number", "density", "max building density", "mat do", "mat do xay dung", "mdxd"),
        new("max_floors", "Tầng cao tối đa", false, "integer", "floors", "max floors", "tang cao", "so tang"),
        new("far", "Hệ số sử dụng đất", false, "number", "far", "hssdd", "he so su dung dat"),
        new("min_setback_m", "Khoảng lùi tối thiểu (m)", false, "number", "setback", "min setback", "khoang lui", "chi gioi"),
        new("max_height_m", "Chiều cao tối đa (m)", false, "number", "height", "max height", "chieu cao"),
        new("dossier_code", "Mã hồ sơ quy hoạch", false, "text", "dossier", "dossier code", "ma ho so", "do an"),
    ]);

    public static readonly ImportTarget Zones = new("zones", "khu chức năng", "zones",
    [
        new("code", "Mã khu", true, "text", "code", "ma", "ma khu", "zone code", "label_code"),
        new("name", "Tên khu", true, "text", "name", "ten", "ten khu"),
        new("kind", "Loại khu", true, "text", "kind", "loai", "loai khu"),
        new("dossier_code", "Mã hồ sơ quy hoạch", false, "text", "dossier", "dossier code", "ma ho so"),
        new("description", "Mô tả", false, "text", "description", "mo ta", "ghi chu"),
    ]);

    public static readonly ImportTarget Dossiers = new("dossiers", "hồ sơ quy hoạch", "dossiers",
    [
        new("code", "Mã hồ sơ", true, "text", "code", "ma", "ma ho so", "so hieu", "label_code"),
        new("name", "Tên đồ án", true, "text", "name", "ten", "ten do an", "ten ho so"),
        new("kind", "Loại hồ sơ", true, "text", "kind", "loai", "loai ho so"),
        new("scale", "Tỷ lệ", false, "text", "scale", "ty le"),
        new("status", "Trạng thái", true, "text", "status", "trang thai"),
        new("decision_number", "Số quyết định", false, "text", "decision", "decision number", "so quyet dinh", "quyet dinh", "so qd"),
        new("decision_date", "Ngày quyết định", false, "date", "decision date", "ngay quyet dinh", "ngay qd", "ngay phe duyet"),
        new("approving_body", "Cơ quan phê duyệt", false, "text", "approving body", "co quan phe duyet", "cap phe duyet"),
        new("summary", "Tóm tắt", false, "text", "summary", "tom tat", "ghi chu"),
    ]);

    /// <summary>The current land use (hiện trạng), e.g. a rice/forest layer update: polygons without codes, each a new row.</summary>
    public static readonly ImportTarget LandUseCurrent = new("land_use_current", "hiện trạng sử dụng đất", "land_use_current",
    [
        new("land_use_code", "Loại đất (mã)", true, "text", "land use", "land use code", "landuse", "loai dat", "ma loai dat", "mdsd",
            "label_land_use"),
        new("source", "Nguồn", false, "text", "source", "nguon", "nguon du lieu"),
        new("surveyed_on", "Ngày điều tra", false, "date", "surveyed on", "ngay dieu tra", "ngay do dac", "nam dieu tra"),
    ], HasCodes: false);

    public static readonly IReadOnlyList<ImportTarget> All = [Plots, Zones, Dossiers, LandUseCurrent];

    public static ImportTarget? Named(string name) => All.FirstOrDefault(t => t.Name == name);

    public TargetField? Field(string name) => Fields.FirstOrDefault(f => f.Name == name);

    /// <summary>The default mapping: each target field to the first source field one of its aliases names.</summary>
    public Dictionary<string, string> GuessMapping(IReadOnlyCollection<string> sourceFields)
    {
        var mapping = new Dictionary<string, string>();
        foreach (var field in Fields)
        {
            var aliases = field.Aliases.Select(Normalised).ToHashSet();
            var source = sourceFields.FirstOrDefault(s => (aliases.Contains(Normalised(s)) || TruncatedDbfName(s, aliases)) && !mapping.ContainsValue(s));
            if (source is not null)
                mapping[field.Name] = source;
        }
        return mapping;
    }

    /// <summary>A Shapefile's field names are cut at 10 characters ("land_use_code" → "land_use_c").</summary>
    private static bool TruncatedDbfName(string source, IReadOnlySet<string> aliases) =>
        source.Length == 10 && Normalised(source).Replace(" ", "") is var cut
        && aliases.Any(a => a.Replace(" ", "").Length > cut.Length && a.Replace(" ", "").StartsWith(cut, StringComparison.Ordinal));

    /// <summary>"Mã_Lô", "MA LO" and "ma-lo" are one name: no case, diacritics or punctuation; đ is d.</summary>
    public static string Normalised(string name)
    {
        var decomposed = name.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD);
        var text = new StringBuilder();
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            text.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
