namespace PlanningGIS.Planning.Investment;

/// <summary>A row of the land-rent guide (land_rent_guide).</summary>
public sealed record LandRentGuideRow(long ZoneId, string? LandUseCode, double LandPriceVndPerM2, double AnnualRentRatePercent,
    DateOnly ValidFrom, DateOnly? ValidTo, string Source, bool Illustrative)
{
    // Vietnamese dong have no smaller unit: rounded to the đồng.
    public double AnnualRentVndPerM2 => Math.Round(LandPriceVndPerM2 * AnnualRentRatePercent / 100);
}

/// <summary>The latest report of one kind of infrastructure in a zone (zone_infrastructure).</summary>
public sealed record InfrastructureStatusRow(string Kind, string Status, string? Note, DateOnly AsOf, string? Source, bool Illustrative);

/// <summary>The board's contact point, from the setting Planning:Contact.</summary>
public sealed class BoardContact
{
    public string Name { get; set; } = "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn";
    public string? Address { get; set; } = "Bộ phận một cửa, Ban Quản lý KKT cửa khẩu Đồng Đăng – Lạng Sơn, thành phố Lạng Sơn (địa chỉ minh họa)";
    public string? Phone { get; set; } = "0205 3xxx xxx (minh họa)";
    public string? Email { get; set; } = "xuctiendautu@example.invalid";
    public string? Hours { get; set; } = "Thứ Hai – Thứ Sáu, 7:30–11:30 và 13:30–17:00";
    public string? Website { get; set; }
    public bool Illustrative { get; set; } = true;
}
