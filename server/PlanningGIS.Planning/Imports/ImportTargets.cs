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

    /// <summary>
    /// A site-clearance project's cadastral parcels with their households (personal data: planners only).
    /// A parcel's number is unique within its project, so its code here is "project/parcel".
    /// </summary>
    public static readonly ImportTarget ClearanceParcels = new("clearance_parcels", "thửa đất GPMB", "clearance_parcels",
    [
        new("code", "Số hiệu thửa", true, "text", "code", "parcel", "parcel code", "so thua", "so hieu thua", "ma thua", "thua",
            "thua dat", "so thua dat", "label_code"),
        new("project_code", "Mã dự án GPMB", true, "text", "project", "project code", "ma du an", "du an", "ma gpmb"),
        new("land_use_code", "Loại đất (mã)", false, "text", "land use", "land use code", "landuse", "loai dat", "ma loai dat", "mdsd",
            "label_land_use"),
        new("household_name", "Người sử dụng đất (hộ)", false, "text", "household", "household name", "chu ho", "ho ten", "ten chu",
            "chu su dung", "nguoi su dung", "ten nguoi su dung"),
        new("household_id_number", "Số CCCD/CMND", false, "text", "id number", "household id number", "cccd", "cmnd", "so cccd",
            "so cmnd", "so giay to"),
        new("household_address", "Địa chỉ", false, "text", "address", "household address", "dia chi", "dia chi thuong tru"),
        new("compensation_vnd", "Tiền bồi thường, hỗ trợ (đồng)", false, "number", "compensation", "compensation vnd", "boi thuong",
            "tien boi thuong", "tong tien boi thuong", "kinh phi boi thuong"),
    ]);

    public static readonly IReadOnlyList<ImportTarget> All = [Plots, Zones, Dossiers, LandUseCurrent, ClearanceParcels];

    /// <summary>Plots and parcels are single polygons; zones, dossiers and land-use areas are stored as multipolygons.</summary>
    public bool SinglePolygons => Name is "plots" or "clearance_parcels";

    /// <summary>The current objects a feature's code can name, as (id, version, code). Parcels have no versions.</summary>
    public string CurrentObjects => Name switch
    {
        "plots" => "select id, version, code from plots where lifecycle = 'current'",
        "clearance_parcels" => """
            select t.id, 1 as version, p.code || '/' || t.parcel_code as code
            from clearance_parcels t join clearance_projects p on p.id = t.project_id
            """,
        _ => $"select id, version, code from {Table}",
    };

    /// <summary>A staged feature's code from its mapped source fields (the parameters @f_&lt;field&gt;).</summary>
    public string CodeOf => Name == "clearance_parcels"
        ? "nullif(btrim(attributes ->> @f_project_code), '') || '/' || nullif(btrim(attributes ->> @f_code), '')"
        : "nullif(btrim(attributes ->> @f_code), '')";

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
