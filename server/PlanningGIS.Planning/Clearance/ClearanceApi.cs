using Npgsql;
using PlanningGIS.GraphQL.Execution;
using PlanningGIS.GraphQL.Types;
using PlanningGIS.Planning.Accounts;
using PlanningGIS.Planning.Api;
using PlanningGIS.Planning.Dossiers;
using PlanningGIS.Planning.Geometry;
using PlanningGIS.Planning.LandUse;
using PlanningGIS.Planning.Zones;

namespace PlanningGIS.Planning.Clearance;

/// <summary>
/// Site-clearance (GPMB) projects, parcels and statutory steps. Who sees what: <see cref="ClearancePolicies"/>.
/// </summary>
public static class ClearanceApi
{
    public static void Register(SchemaBuilder schema) => schema
        .BindType<ClearanceProjectRow>("ClearanceProject")
        .BindType<ClearanceParcelRow>("ClearanceParcel")
        .BindType<ClearanceProgress>("ClearanceProgress")
        .BindType<ClearanceStepKindRow>("ClearanceStepKind")
        .BindType<ClearanceStepRecordRow>("ClearanceStepRecord")
        .BindType<Household>("Household")
        .ResolveAsync("Query.clearanceProjects", ClearanceQueries.PageAsync)
        .ResolveAsync("Query.clearanceStepKinds", ClearanceQueries.StepKindsAsync)
        .ResolveAsync("ClearanceProject.zone", ctx => ctx.GetParent<ClearanceProjectRow>().ZoneId is { } zone
            ? ZoneQueries.LoadAsync(ctx, zone) : Task.FromResult<ZoneRow?>(null))
        .ResolveAsync("ClearanceProject.dossier", ctx => ctx.GetParent<ClearanceProjectRow>().DossierId is { } dossier
            ? DossierQueries.LoadAsync(ctx, dossier) : Task.FromResult<DossierRow?>(null))
        .ResolveAsync("ClearanceProject.steps", async ctx =>
            (await ClearanceQueries.StepsAsync(ctx, ctx.GetParent<ClearanceProjectRow>().RowId)).Where(s => s.ParcelId is null).ToList())
        .ResolveAsync("ClearanceProject.parcels", ctx => ClearanceQueries.ParcelsAsync(ctx, ctx.GetParent<ClearanceProjectRow>().RowId))
        .ResolveAsync("ClearanceProject.progress", ctx => ClearanceQueries.ProgressAsync(ctx, ctx.GetParent<ClearanceProjectRow>().RowId))
        .Resolve("ClearanceProject.geometry", ctx => GeometryOutput.InSrid(ctx.GetParent<ClearanceProjectRow>().GeometryJson, ctx.GetArgument<int>("srid")))
        .ResolveAsync("ClearanceParcel.landUse", ctx => LandUseCodeQueries.LoadAsync(ctx, ctx.GetParent<ClearanceParcelRow>().LandUseCode))
        .Resolve("ClearanceParcel.household", ctx => ctx.GetParent<ClearanceParcelRow>().PersonalHousehold)
        .Resolve("ClearanceParcel.compensationVnd", ctx => ctx.GetParent<ClearanceParcelRow>().PersonalCompensationVnd)
        .ResolveAsync("ClearanceParcel.steps", ParcelStepsAsync)
        .ResolveAsync("ClearanceParcel.currentStep", async ctx => (await ParcelStepsAsync(ctx)).LastOrDefault()?.Step)
        .ResolveAsync("ClearanceParcel.handedOver", async ctx => (await ParcelStepsAsync(ctx)).Any(s => s.Step.Code == "site_handover"))
        .Resolve("ClearanceParcel.geometry", ctx => GeometryOutput.InSrid(ctx.GetParent<ClearanceParcelRow>().GeometryJson, ctx.GetArgument<int>("srid")))
        .ResolveAsync("Mutation.recordClearanceStep", RecordStepAsync)
        .BindType<StepDocumentRow>("ClearanceStepDocument")
        .ResolveAsync("ClearanceStepRecord.documents", ctx => ClearanceQueries.StepDocumentsAsync(ctx, ctx.GetParent<ClearanceStepRecordRow>().RowId));

    private const int MaxStepDocuments = 10;

    /// <summary>The steps that apply to a parcel, oldest first: its own and those done for the whole project.</summary>
    private static async Task<IReadOnlyList<ClearanceStepRecordRow>> ParcelStepsAsync(ResolveContext ctx)
    {
        var parcel = ctx.GetParent<ClearanceParcelRow>();
        return (await ClearanceQueries.StepsAsync(ctx, parcel.ProjectId)).Where(s => s.ParcelId is null || s.ParcelId == parcel.RowId).ToList();
    }

    /// <summary>
    /// Records a completed step. The statutory order is checked here first, to name the missing
    /// step; the trigger check_clearance_step_order applies the same rule (clearance_missing_step) as a backstop.
    /// </summary>
    private static Task<ClearanceStepRecordRow> RecordStepAsync(ResolveContext ctx)
    {
        var input = ctx.Input();
        // The papers are checked before anything is stored.
        var documents = (input.Get<IEnumerable<object?>>("documents") ?? []).Cast<IReadOnlyDictionary<string, object?>>()
            .Select(UploadedDocument.Read).ToList();
        if (documents.Count > MaxStepDocuments)
            throw new PlanningError(ErrorCodes.BadUserInput, $"Mỗi bước kèm tối đa {MaxStepDocuments} tệp.", new Dictionary<string, object?> { ["field"] = "documents" });
        var store = DocumentStore.From(ctx.Services!);
        return Mutation.RunAsync(ctx, input.Get<string>("decisionNumber"), async connection =>
        {
            var ct = ctx.CancellationToken;
            var projectCode = input.Get<string>("projectCode")!;
            var parcelCode = input.Get<string>("parcelCode");
            var stepNo = input.Get<int>("stepNo");
            // Locked: two planners recording steps of one project at once are checked one after the other.
            var projectId = await ScalarAsync<long?>(connection, "select id from clearance_projects where code = @code for update", ct, ("code", projectCode))
                ?? throw Mutation.NotFound("dự án giải phóng mặt bằng", projectCode);
            long? parcelId = null;
            if (parcelCode is not null)
                parcelId = await ScalarAsync<long?>(connection, "select id from clearance_parcels where project_id = @project and parcel_code = @parcel", ct,
                               ("project", projectId), ("parcel", parcelCode))
                           ?? throw new PlanningError(ErrorCodes.NotFound, $"Dự án {projectCode} không có thửa đất {parcelCode}.",
                               new Dictionary<string, object?> { ["code"] = parcelCode });
            var stepName = await StepNameAsync(connection, stepNo, ct)
                ?? throw new PlanningError(ErrorCodes.BadUserInput, $"Không có bước giải phóng mặt bằng số {stepNo}.",
                    new Dictionary<string, object?> { ["stepNo"] = stepNo });
            var where = parcelCode is null ? $"dự án {projectCode}" : $"thửa {parcelCode}";

            var done = await ScalarAsync<DateOnly?>(connection, """
                select completed_on from clearance_step_records
                where project_id = @project and step_no = @step and (parcel_id is null or parcel_id = @parcel)
                """, ct, ("project", projectId), ("parcel", parcelId), ("step", stepNo));
            if (done is { } on)
                throw new PlanningError(ErrorCodes.InvalidTransition,
                    $"Bước {stepNo} ({stepName}) đã được ghi nhận cho {where} ngày {on:dd/MM/yyyy}.",
                    new Dictionary<string, object?> { ["stepNo"] = stepNo, ["completedOn"] = on.ToString("yyyy-MM-dd") });

            var missing = await ScalarAsync<int?>(connection, "select clearance_missing_step(@project, @parcel, @step)", ct,
                ("project", projectId), ("parcel", parcelId), ("step", stepNo));
            if (missing is { } m)
                throw new PlanningError(ErrorCodes.InvalidTransition,
                    $"Chưa thể ghi nhận bước {stepNo} ({stepName}) cho {where}: còn thiếu bước {m} ({await StepNameAsync(connection, m, ct)}).",
                    new Dictionary<string, object?> { ["stepNo"] = stepNo, ["missingStep"] = m });

            await using var insert = new NpgsqlCommand("""
                insert into clearance_step_records (project_id, parcel_id, step_no, completed_on, decision_number, note, recorded_by)
                values (@project, @parcel, @step, @completedOn, @decision, @note, current_setting('planning.actor'))
                returning id
                """, connection);
            insert.Parameters.AddWithValue("project", projectId);
            insert.Parameters.AddWithValue("parcel", (object?)parcelId ?? DBNull.Value);
            insert.Parameters.AddWithValue("step", stepNo);
            insert.Parameters.AddWithValue("completedOn", input.Get<DateOnly>("completedOn"));
            insert.Parameters.AddWithValue("decision", (object?)input.Get<string>("decisionNumber") ?? DBNull.Value);
            insert.Parameters.AddWithValue("note", (object?)input.Get<string>("note") ?? DBNull.Value);
            var id = (long)(await insert.ExecuteScalarAsync(ct))!;
            foreach (var (fileName, contentType, content, sha256) in documents)
            {
                // Written before the row commits: a failed commit leaves at most an unreferenced file.
                var path = await store.SaveAsync(content, sha256, ct);
                await using var paper = new NpgsqlCommand("""
                    insert into clearance_step_documents (step_record_id, file_name, content_type, size_bytes, sha256, storage_path, uploaded_by)
                    values (@record, @name, @type, @size, @sha, @path, current_setting('planning.actor'))
                    """, connection);
                paper.Parameters.AddWithValue("record", id);
                paper.Parameters.AddWithValue("name", fileName);
                paper.Parameters.AddWithValue("type", contentType);
                paper.Parameters.AddWithValue("size", (long)content.Length);
                paper.Parameters.AddWithValue("sha", sha256);
                paper.Parameters.AddWithValue("path", path);
                await paper.ExecuteNonQueryAsync(ct);
            }
            return await ClearanceQueries.StepRecordAsync(connection, id, ct);
        });
    }

    private static Task<string?> StepNameAsync(NpgsqlConnection connection, int stepNo, CancellationToken ct) =>
        ScalarAsync<string?>(connection, "select name_vi from clearance_step_kinds where step_no = @step", ct, ("step", stepNo));

    private static async Task<T?> ScalarAsync<T>(NpgsqlConnection connection, string sql, CancellationToken ct,
        params (string Name, object? Value)[] parameters)
    {
        await using var cmd = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        var result = await cmd.ExecuteScalarAsync(ct);
        return result is null or DBNull ? default : (T)result;
    }
}
