using PlanningGIS.Planning.Authorization;

namespace PlanningGIS.Planning.Clearance;

/// <summary>
/// Everyone sees projects, parcels' codes, areas, steps and geometry (site readiness matters to
/// investors); the household and the compensation are personal data, for planners only. Planners
/// record steps.
/// </summary>
public static class ClearancePolicies
{
    private const string Personal = "Thông tin hộ gia đình và tiền bồi thường là dữ liệu cá nhân, chỉ cán bộ quy hoạch được xem.";

    public static readonly FieldPolicies Fields = new()
    {
        { "Query.clearanceProjects", Policy.Public },
        { "Query.clearanceStepKinds", Policy.Public },
        { "ClearanceParcel.household", Policy.Planner, Personal },
        { "ClearanceParcel.compensationVnd", Policy.Planner, Personal },
        { "Mutation.recordClearanceStep", Policy.Planner },
        { "ClearanceStepRecord.documents", Policy.Planner, "Hồ sơ, giấy tờ của từng bước giải phóng mặt bằng nêu tên hộ và số tiền: chỉ cán bộ quy hoạch được xem." },
    };

    /// <summary>Whether the household columns are worth reading at all for this account.</summary>
    public static bool CanSeeHouseholds(Accounts.Account? account) => Policy.Planner.Allows(account);
}
