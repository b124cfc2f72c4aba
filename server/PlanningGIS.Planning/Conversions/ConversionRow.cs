using PlanningGIS.Planning.Api;

namespace PlanningGIS.Planning.Conversions;

/// <summary>A dated approval rule (conversion_approval_rules): who approves converting this much of this land kind.</summary>
public sealed record ApprovalRuleRow(
    string LandKind, double MinHa, double? MaxHa, string Authority, string Instrument, DateOnly ValidFrom, DateOnly? ValidTo);

/// <summary>A conversion of rice or forest land as stored, with the approval rule in force when it was requested.</summary>
public sealed record ConversionRow(
    long RowId, string Code, string Name, string FromCode, string ToCode, long? ZoneId, long? ClearanceProjectId, string Status,
    string? StoredAuthority, string? DecisionNumber, DateOnly? DecisionDate, DateOnly RequestedOn, ApprovalRuleRow? ApprovalRule,
    double AreaM2, double PerimeterM, string? GeometryJson) : IRow
{
    public string Id => GlobalId.Encode("Conversion", Code);
    public double AreaHa => AreaM2 / 10_000;

    /// <summary>As stored when requested; for older rows without one, what the rules say.</summary>
    public string? RequiredAuthority => StoredAuthority ?? ApprovalRule?.Authority;

    public Decision? Decision => Decision.Of(DecisionNumber, DecisionDate, ApprovingBody(RequiredAuthority));

    public static string? ApprovingBody(string? authority) => authority switch
    {
        "NATIONAL_ASSEMBLY" => "Quốc hội",
        "PRIME_MINISTER" => "Thủ tướng Chính phủ",
        "PROVINCIAL_COUNCIL" => "Hội đồng nhân dân tỉnh Lạng Sơn",
        _ => null,
    };
}
