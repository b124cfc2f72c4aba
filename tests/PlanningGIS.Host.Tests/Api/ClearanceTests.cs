using System.Text.Json;

namespace PlanningGIS.Host.Tests.Api;

/// <summary>Site clearance (GPMB) over HTTP: projects, parcels, personal data by role, the statutory step order.</summary>
public sealed class ClearanceTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string ProjectQuery = """
        query($filter: ClearanceProjectFilter) {
          clearanceProjects(first: 10, filter: $filter) {
            totalCount
            nodes {
              id code name startedOn targetHandoverOn areaM2 areaHa perimeterM
              zone { code }
              dossier { code }
              steps { step { stepNo } completedOn parcelCode }
              progress { parcels parcelsHandedOver areaM2 areaHandedOverM2 rate }
              parcels { parcelCode landUse { code category } handedOver currentStep { stepNo } areaM2 steps { step { stepNo } parcelCode } }
            }
          }
        }
        """;

    private const string Record = """
        mutation($input: RecordClearanceStepInput!) {
          recordClearanceStep(input: $input) { id step { stepNo code nameVi } completedOn decisionNumber note recordedBy parcelCode }
        }
        """;

    private static object Step(string project, string? parcel, int stepNo, string on = "2025-10-01") =>
        new { input = new { projectCode = project, parcelCode = parcel, stepNo, completedOn = on, decisionNumber = "15/QĐ-UBND" } };

    private async Task<long> StepCountAsync(string project)
    {
        await using var cmd = host.Database.CreateCommand(
            "select count(*) from clearance_step_records r join clearance_projects p on p.id = r.project_id where p.code = $1");
        cmd.Parameters.Add(new() { Value = project });
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    private static JsonElement Project(JsonElement data) => Assert.Single(data.GetProperty("clearanceProjects").GetProperty("nodes").EnumerateArray());

    [Fact]
    public async Task Anyone_sees_a_project_with_its_zone_dossier_parcels_steps_and_progress()
    {
        var project = Project(await host.Anonymous.DataAsync(ProjectQuery, new { filter = new { text = "trung chuyen hang hoa" } }));

        Assert.Equal("GPMB-KTCHH", project.GetProperty("code").GetString());
        Assert.Equal("KTCHH", project.GetProperty("zone").GetProperty("code").GetString());
        Assert.Equal("QHCT-TCH-01", project.GetProperty("dossier").GetProperty("code").GetString());
        Assert.Equal("2018-09-01", project.GetProperty("startedOn").GetString());
        Assert.Equal([1, 2, 4, 5, 6, 7], project.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("step").GetProperty("stepNo").GetInt32()));
        var parcels = project.GetProperty("parcels").EnumerateArray().ToList();
        Assert.Equal(12, parcels.Count);
        Assert.All(parcels, p =>
        {
            Assert.True(p.GetProperty("handedOver").GetBoolean());
            Assert.Equal(10, p.GetProperty("currentStep").GetProperty("stepNo").GetInt32());
            Assert.Equal("RICE", p.GetProperty("landUse").GetProperty("category").GetString());
            // its own steps (8, 9, 10) after the project's
            Assert.Equal([1, 2, 4, 5, 6, 7, 8, 9, 10], p.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("step").GetProperty("stepNo").GetInt32()));
        });
        var progress = project.GetProperty("progress");
        Assert.Equal(12, progress.GetProperty("parcels").GetInt32());
        Assert.Equal(12, progress.GetProperty("parcelsHandedOver").GetInt32());
        Assert.Equal(1.0, progress.GetProperty("rate").GetDouble(), 6);
        Assert.Equal(parcels.Sum(p => p.GetProperty("areaM2").GetDouble()), progress.GetProperty("areaM2").GetDouble(), 3);
    }

    [Fact]
    public async Task Progress_counts_the_area_of_parcels_handed_over()
    {
        var project = Project(await host.As("investor").DataAsync(ProjectQuery, new { filter = new { text = "GPMB-HTKT-01" } }));

        var parcels = project.GetProperty("parcels").EnumerateArray().ToList();
        var handed = parcels.Where(p => p.GetProperty("handedOver").GetBoolean()).ToList();
        var progress = project.GetProperty("progress");
        Assert.Equal(16, progress.GetProperty("parcels").GetInt32());
        Assert.Equal(handed.Count, progress.GetProperty("parcelsHandedOver").GetInt32());
        var area = parcels.Sum(p => p.GetProperty("areaM2").GetDouble());
        var handedArea = handed.Sum(p => p.GetProperty("areaM2").GetDouble());
        Assert.Equal(handedArea, progress.GetProperty("areaHandedOverM2").GetDouble(), 3);
        Assert.Equal(handedArea / area, progress.GetProperty("rate").GetDouble(), 6);
        Assert.Equal(project.GetProperty("areaM2").GetDouble() / 10_000, project.GetProperty("areaHa").GetDouble(), 9);
        Assert.True(project.GetProperty("perimeterM").GetDouble() > 0);
    }

    [Fact]
    public async Task Projects_are_filtered_by_zone_start_date_and_place()
    {
        const string query = """
            query($filter: ClearanceProjectFilter) { clearanceProjects(filter: $filter) { totalCount nodes { code } } }
            """;
        async Task<string[]> Codes(object filter) =>
            (await host.Anonymous.DataAsync(query, new { filter })).GetProperty("clearanceProjects").GetProperty("nodes")
                .EnumerateArray().Select(n => n.GetProperty("code").GetString()!).Order().ToArray();

        Assert.Equal(6, (await host.Anonymous.DataAsync(query)).GetProperty("clearanceProjects").GetProperty("totalCount").GetInt32());
        Assert.Equal(["GPMB-DB-MR"], await Codes(new { zoneCode = "KCN-DONG-BANH" }));
        Assert.Equal(["GPMB-HD-01", "GPMB-KCX1-B", "GPMB-KPTQ-GD2"], await Codes(new { startedFrom = "2025-01-01" }));
        Assert.Equal(["GPMB-HTKT-01", "GPMB-KTCHH"], await Codes(new { startedTo = "2023-01-01" }));
        Assert.Equal(["GPMB-DB-MR"], await Codes(new { spatial = new { bbox = new[] { 106.5, 21.6, 106.65, 21.75 } } }));
    }

    [Fact]
    public async Task Geometry_is_served_in_VN2000_on_request()
    {
        var data = await host.Anonymous.DataAsync("""
            { clearanceProjects(first: 1) { nodes { geometry(srid: 9215) parcels { geometry } } } }
            """);
        var project = data.GetProperty("clearanceProjects").GetProperty("nodes")[0];
        var easting = project.GetProperty("geometry").GetProperty("coordinates")[0][0][0][0].GetDouble();
        Assert.InRange(easting, 350_000, 650_000);
        Assert.Equal("Polygon", project.GetProperty("parcels")[0].GetProperty("geometry").GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("inspector")]
    [InlineData("investor")]
    [InlineData("admin")]
    [InlineData(null)]
    public async Task Household_data_is_forbidden_to_everyone_but_planners(string? role)
    {
        var client = role is null ? host.Anonymous : host.As(role);
        foreach (var field in new[] { "household { name idNumber address }", "compensationVnd" })
        {
            var response = await client.PostAsync($$"""
                { clearanceProjects(filter: { text: "GPMB-KTCHH" }) { nodes { code parcels { parcelCode {{field}} } } } }
                """);

            // A visitor may sign in (as a planner, perhaps); an account without the role may not.
            var refusal = role is null ? "UNAUTHENTICATED" : "FORBIDDEN";
            Assert.Equal(refusal, response.ErrorCode);
            var errors = response.Body.GetProperty("errors").EnumerateArray().ToList();
            Assert.Equal(12, errors.Count);
            Assert.All(errors, e => Assert.Equal(refusal, e.GetProperty("extensions").GetProperty("code").GetString()));
            Assert.Contains("dữ liệu cá nhân", errors[0].GetProperty("message").GetString());
            // the rest of the response still arrives, without the personal data
            var parcels = response.Data.GetProperty("clearanceProjects").GetProperty("nodes")[0].GetProperty("parcels");
            Assert.Equal(12, parcels.GetArrayLength());
            Assert.All(parcels.EnumerateArray(), p =>
            {
                Assert.StartsWith("GPMB-KTCHH-T", p.GetProperty("parcelCode").GetString());
                Assert.Equal(JsonValueKind.Null, p.GetProperty(field.Split(' ')[0]).ValueKind);
            });
            Assert.DoesNotContain("999100", response.Body.ToString());
        }
    }

    [Fact]
    public async Task Planners_see_the_household_and_the_compensation()
    {
        var data = await host.As("planner").DataAsync("""
            { clearanceProjects(filter: { text: "GPMB-KTCHH" }) { nodes { parcels { parcelCode household { name idNumber address } compensationVnd } } } }
            """);

        var parcel = data.GetProperty("clearanceProjects").GetProperty("nodes")[0].GetProperty("parcels")[0];
        Assert.StartsWith("Hộ", parcel.GetProperty("household").GetProperty("name").GetString());
        Assert.StartsWith("999100", parcel.GetProperty("household").GetProperty("idNumber").GetString());
        Assert.True(decimal.Parse(parcel.GetProperty("compensationVnd").GetString()!, System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public async Task The_step_kinds_carry_the_order_rule()
    {
        var data = await host.Anonymous.DataAsync("{ clearanceStepKinds { stepNo code nameVi nameEn optional legalBasis satisfiesStep requiresThrough } }");

        var kinds = data.GetProperty("clearanceStepKinds").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, 11), kinds.Select(k => k.GetProperty("stepNo").GetInt32()));
        Assert.Equal(2, kinds[2].GetProperty("satisfiesStep").GetInt32());
        Assert.Equal(1, kinds[2].GetProperty("requiresThrough").GetInt32());
        Assert.True(kinds[2].GetProperty("optional").GetBoolean());
        Assert.Equal(9, kinds[10].GetProperty("requiresThrough").GetInt32());
        Assert.Equal(JsonValueKind.Null, kinds[9].GetProperty("requiresThrough").ValueKind);
        Assert.Contains("Điều 87", kinds[9].GetProperty("legalBasis").GetString());
    }

    [Fact]
    public async Task A_steps_papers_are_stored_with_it_and_only_planners_read_them()
    {
        const string WithPapers = """
            mutation($input: RecordClearanceStepInput!) {
              recordClearanceStep(input: $input) { id step { stepNo } documents { fileName contentType sizeBytes uploadedBy url } }
            }
            """;
        var pdf = "%PDF-1.4 biên bản kiểm đếm"u8.ToArray();
        object Input(string base64) => new { input = new { projectCode = "GPMB-HD-01", parcelCode = "GPMB-HD-01-T02", stepNo = 6, completedOn = "2025-10-02",
            decisionNumber = "21/BB-KĐ", documents = new[] { new { fileName = "bien-ban-kiem-dem.pdf", contentType = "application/pdf", contentBase64 = base64 } } } };

        // a paper that is not base64 refuses the whole step
        await host.As("planner").RejectedAsync("BAD_USER_INPUT", WithPapers, Input("không phải base64"));
        await using (var count = host.Database.CreateCommand("select count(*) from clearance_step_records r join clearance_parcels p on p.id = r.parcel_id where p.parcel_code = 'GPMB-HD-01-T02'"))
            Assert.Equal(0L, await count.ExecuteScalarAsync());

        var record = (await host.As("planner").DataAsync(WithPapers, Input(Convert.ToBase64String(pdf)))).GetProperty("recordClearanceStep");
        var paper = Assert.Single(record.GetProperty("documents").EnumerateArray());
        Assert.Equal("bien-ban-kiem-dem.pdf", paper.GetProperty("fileName").GetString());
        Assert.Equal(pdf.Length, paper.GetProperty("sizeBytes").GetInt32());
        Assert.Equal("planner.test", paper.GetProperty("uploadedBy").GetString());

        var url = paper.GetProperty("url").GetString()!;
        using (var request = new HttpRequestMessage(HttpMethod.Get, url))
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", host.TokenOf("planner"));
            using var response = await host.Client.SendAsync(request);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(pdf, await response.Content.ReadAsByteArrayAsync());
        }
        foreach (var role in new[] { "inspector", "investor" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", host.TokenOf(role));
            using var response = await host.Client.SendAsync(request);
            Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        }
        var inspector = await host.As("inspector").PostAsync("""
            { clearanceProjects(filter: { text: "GPMB-HD-01" }) { nodes { steps { step { stepNo } documents { fileName } } } } }
            """);
        Assert.Equal("FORBIDDEN", inspector.ErrorCode);
    }

    [Fact]
    public async Task A_planner_records_the_next_step_of_a_parcel()
    {
        var data = await host.As("planner").DataAsync(Record, Step("GPMB-DB-MR", "GPMB-DB-MR-T03", 8, "2025-09-30"));

        var record = data.GetProperty("recordClearanceStep");
        Assert.Equal(8, record.GetProperty("step").GetProperty("stepNo").GetInt32());
        Assert.Equal("recovery_decision", record.GetProperty("step").GetProperty("code").GetString());
        Assert.Equal("2025-09-30", record.GetProperty("completedOn").GetString());
        Assert.Equal("planner.test", record.GetProperty("recordedBy").GetString());
        Assert.Equal("GPMB-DB-MR-T03", record.GetProperty("parcelCode").GetString());
        var project = Project(await host.Anonymous.DataAsync(ProjectQuery, new { filter = new { text = "GPMB-DB-MR" } }));
        var parcel = project.GetProperty("parcels").EnumerateArray().Single(p => p.GetProperty("parcelCode").GetString() == "GPMB-DB-MR-T03");
        Assert.Equal(8, parcel.GetProperty("currentStep").GetProperty("stepNo").GetInt32());
        // audited with who and on which decision
        await using var cmd = host.Database.CreateCommand(
            "select actor || ' ' || legal_basis from audit_log where table_name = 'clearance_step_records' order by id desc limit 1");
        Assert.Equal("planner.test 15/QĐ-UBND", await cmd.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_step_out_of_order_is_refused_naming_the_missing_step_and_nothing_changes()
    {
        var before = await StepCountAsync("GPMB-DB-MR");

        var error = await host.As("planner").RejectedAsync("INVALID_TRANSITION", Record, Step("GPMB-DB-MR", "GPMB-DB-MR-T06", 9));

        Assert.Contains("còn thiếu bước 8 (Quyết định thu hồi đất)", error.GetProperty("message").GetString());
        Assert.Equal(8, error.GetProperty("extensions").GetProperty("details").GetProperty("missingStep").GetInt32());
        Assert.Equal(before, await StepCountAsync("GPMB-DB-MR"));
    }

    [Fact]
    public async Task A_project_step_needs_the_earlier_project_steps()
    {
        var error = await host.As("planner").RejectedAsync("INVALID_TRANSITION", Record, Step("GPMB-KPTQ-GD2", null, 4));

        Assert.Contains("cho dự án GPMB-KPTQ-GD2: còn thiếu bước 2", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Forced_counting_stands_for_the_refused_inventory()
    {
        // T05 has no step of its own; the project has only the recovery notice (1).
        await host.As("planner").DataAsync(Record, Step("GPMB-KCX1-B", "GPMB-KCX1-B-T05", 3));
        await host.As("planner").DataAsync(Record, Step("GPMB-KCX1-B", "GPMB-KCX1-B-T05", 4));

        // without forced counting, the inventory is still missing
        var error = await host.As("planner").RejectedAsync("INVALID_TRANSITION", Record, Step("GPMB-KCX1-B", "GPMB-KCX1-B-T10", 4));
        Assert.Contains("còn thiếu bước 2", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Forced_recovery_comes_after_payment_and_before_handover()
    {
        // T06 has 8 and 9 but was not handed over: forced recovery, then handover.
        await host.As("planner").DataAsync(Record, Step("GPMB-HTKT-01", "GPMB-HTKT-01-T06", 11, "2023-03-01"));
        var handover = await host.As("planner").DataAsync(Record, Step("GPMB-HTKT-01", "GPMB-HTKT-01-T06", 10, "2023-03-15"));
        Assert.Equal(10, handover.GetProperty("recordClearanceStep").GetProperty("step").GetProperty("stepNo").GetInt32());

        // before payment it is out of order
        var error = await host.As("planner").RejectedAsync("INVALID_TRANSITION", Record, Step("GPMB-DB-MR", "GPMB-DB-MR-T01", 11));
        Assert.Contains("còn thiếu bước 9", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task The_database_applies_the_same_order_rule_to_any_code_path()
    {
        await using var insert = host.Database.CreateCommand("""
            insert into clearance_step_records (project_id, parcel_id, step_no, completed_on)
            select pa.project_id, pa.id, $2, '2025-10-01' from clearance_parcels pa where pa.parcel_code = $1
            """);
        insert.Parameters.Add(new() { Value = "GPMB-KCX1-B-T15" });
        insert.Parameters.Add(new() { Value = 4 });
        var error = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => insert.ExecuteNonQueryAsync());
        Assert.Equal("GT010", error.SqlState);
        Assert.Contains("before step 2", error.MessageText);

        insert.Parameters[1].Value = 3;
        Assert.Equal(1, await insert.ExecuteNonQueryAsync());
        insert.Parameters[1].Value = 4;
        Assert.Equal(1, await insert.ExecuteNonQueryAsync());
    }

    [Fact]
    public async Task A_step_recorded_twice_is_refused()
    {
        var error = await host.As("planner").RejectedAsync("INVALID_TRANSITION", Record, Step("GPMB-KTCHH", "GPMB-KTCHH-T01", 9));
        Assert.Contains("đã được ghi nhận cho thửa GPMB-KTCHH-T01", error.GetProperty("message").GetString());

        // a step done for the whole project is done for each parcel
        error = await host.As("planner").RejectedAsync("INVALID_TRANSITION", Record, Step("GPMB-KTCHH", "GPMB-KTCHH-T01", 4));
        Assert.Contains("đã được ghi nhận", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Unknown_projects_parcels_and_steps_are_refused()
    {
        await host.As("planner").RejectedAsync("NOT_FOUND", Record, Step("GPMB-KHONG-CO", null, 1));
        await host.As("planner").RejectedAsync("NOT_FOUND", Record, Step("GPMB-KTCHH", "GPMB-DB-MR-T01", 8));
        await host.As("planner").RejectedAsync("BAD_USER_INPUT", Record, Step("GPMB-KTCHH", null, 42));
    }

    [Theory]
    [InlineData("inspector", "FORBIDDEN")]
    [InlineData("investor", "FORBIDDEN")]
    [InlineData("admin", "FORBIDDEN")]
    [InlineData(null, "UNAUTHENTICATED")]
    public async Task Only_planners_record_steps(string? role, string code)
    {
        var before = await StepCountAsync("GPMB-DB-MR");

        await (role is null ? host.Anonymous : host.As(role)).RejectedAsync(code, Record, Step("GPMB-DB-MR", "GPMB-DB-MR-T09", 8));

        Assert.Equal(before, await StepCountAsync("GPMB-DB-MR"));
    }
}
