using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;

namespace PlanningGIS.Host.Tests.Api;

/// <summary>
/// Dossiers over HTTP: lists and filters, visibility of unpublished dossiers and documents by role,
/// create/update/publish/revert with their rejections (and the data unchanged after each), asOf and
/// history, documents uploaded and downloaded.
/// </summary>
public sealed class DossierTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Unpublished = "QHPK-KTCHH"; // an unpublished zoning plan of the sample (zone KTCHH)

    private const string Fields = """
        code name kind scale status published illustrative summary areaM2 areaHa perimeterM
        decision { number date approvingBody } adjusts { code } version validFrom validTo changedBy legalBasis
        """;

    private static object Square(double lon, double lat, double size = 0.01) => new
    {
        type = "Polygon",
        coordinates = new[]
        {
            new[] { new[] { lon, lat }, new[] { lon + size, lat }, new[] { lon + size, lat + size }, new[] { lon, lat + size }, new[] { lon, lat } },
        },
    };

    private static readonly string Create = $$"""
        mutation($input: CreateDossierInput!) { createDossier(input: $input) { {{Fields}} } }
        """;

    private static readonly string Update = $$"""
        mutation($input: UpdateDossierInput!) { updateDossier(input: $input) { {{Fields}} } }
        """;

    private static readonly string Publish = """
        mutation($code: String!, $published: Boolean!, $v: Int!) {
          publishDossier(code: $code, published: $published, expectedVersion: $v) { code published version }
        }
        """;

    private static readonly string AddDocument = """
        mutation($input: AddDocumentInput!) {
          addDossierDocument(input: $input) { id title kind fileName contentType sizeBytes sha256 published uploadedAt uploadedBy url version latest }
        }
        """;

    private Task<JsonElement> CreateAsync(string code, object? extra = null)
    {
        var input = new Dictionary<string, object?>
        {
            ["code"] = code, ["name"] = "Quy hoạch chi tiết thử " + code, ["kind"] = "DETAILED_PLAN", ["scale"] = "1/500",
            ["status"] = "IN_PREPARATION", ["geometry"] = Square(106.60, 21.80),
        };
        if (extra is not null)
            foreach (var p in extra.GetType().GetProperties())
                input[p.Name] = p.GetValue(extra);
        return host.As("planner").DataAsync(Create, new { input });
    }

    private async Task<T?> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var cmd = host.Database.CreateCommand(sql);
        foreach (var p in parameters)
            cmd.Parameters.Add(new() { Value = p });
        var value = await cmd.ExecuteScalarAsync();
        return value is DBNull or null ? default : (T)value;
    }

    private Task<long> CountAsync(string where = "true") => ScalarAsync<long>($"select count(*) from dossiers where {where}");

    // --- queries and visibility ---

    [Fact]
    public async Task Staff_see_every_dossier_and_investors_only_published_ones()
    {
        const string query = "{ dossiers(first: 500) { totalCount nodes { code published } } }";
        var all = await CountAsync();
        var published = await CountAsync("published");
        Assert.True(all > published);
        foreach (var role in new[] { "planner", "inspector" })
            Assert.Equal(all, (await host.As(role).DataAsync(query)).GetProperty("dossiers").GetProperty("totalCount").GetInt64());
        foreach (var client in new[] { host.As("investor"), host.Anonymous, host.As("admin") })
        {
            var page = (await client.DataAsync(query)).GetProperty("dossiers");
            Assert.Equal(published, page.GetProperty("totalCount").GetInt64());
            Assert.All(page.GetProperty("nodes").EnumerateArray(), d => Assert.True(d.GetProperty("published").GetBoolean()));
        }
    }

    [Fact]
    public async Task An_unpublished_dossier_is_null_for_investors_and_anonymous_but_not_for_inspectors()
    {
        const string query = "query($code: String!) { dossier(code: $code) { code published } }";
        Assert.Equal(JsonValueKind.Null, (await host.As("investor").DataAsync(query, new { code = Unpublished })).GetProperty("dossier").ValueKind);
        Assert.Equal(JsonValueKind.Null, (await host.Anonymous.DataAsync(query, new { code = Unpublished })).GetProperty("dossier").ValueKind);
        var seen = (await host.As("inspector").DataAsync(query, new { code = Unpublished })).GetProperty("dossier");
        Assert.False(seen.GetProperty("published").GetBoolean());
        var filtered = await host.As("investor").DataAsync("{ dossiers(filter: { published: false }) { totalCount nodes { code } } }");
        Assert.Equal(0, filtered.GetProperty("dossiers").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Zone_dossier_is_loaded_for_everyone_but_null_for_investors_when_unpublished()
    {
        const string query = "{ zones(first: 500) { nodes { code dossier { code published decision { number } } } } }";
        var forInvestor = (await host.As("investor").DataAsync(query)).GetProperty("zones").GetProperty("nodes").EnumerateArray()
            .ToDictionary(z => z.GetProperty("code").GetString()!, z => z.GetProperty("dossier"));
        var forPlanner = (await host.As("planner").DataAsync(query)).GetProperty("zones").GetProperty("nodes").EnumerateArray()
            .ToDictionary(z => z.GetProperty("code").GetString()!, z => z.GetProperty("dossier"));
        Assert.Equal(JsonValueKind.Null, forInvestor["KTCHH"].ValueKind);
        Assert.Equal(Unpublished, forPlanner["KTCHH"].GetProperty("code").GetString());
        var published = forInvestor.Values.Where(d => d.ValueKind == JsonValueKind.Object).ToList();
        Assert.NotEmpty(published);
        Assert.All(published, d => Assert.True(d.GetProperty("published").GetBoolean()));
    }

    [Fact]
    public async Task Text_filter_ignores_case_and_Vietnamese_diacritics_in_code_name_and_decision_number()
    {
        const string query = "query($text: String!) { dossiers(first: 500, filter: { text: $text }) { nodes { code name } } }";
        var byName = await host.Anonymous.DataAsync(query, new { text = "KHU CONG NGHIEP dong banh" });
        Assert.Contains(byName.GetProperty("dossiers").GetProperty("nodes").EnumerateArray(), d => d.GetProperty("code").GetString() == "QHPK-DB-2013");
        var byDecision = await host.Anonymous.DataAsync(query, new { text = "1055/qd-ttg" });
        Assert.Equal("QHC-2010-1055", Assert.Single(byDecision.GetProperty("dossiers").GetProperty("nodes").EnumerateArray()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Filters_by_kind_status_decision_number_decision_dates_and_space()
    {
        var kindStatus = await host.As("planner").DataAsync(
            "{ dossiers(first: 500, filter: { kind: [GENERAL_PLAN], status: [APPROVED] }) { totalCount nodes { kind status } } }");
        Assert.Equal(await CountAsync("kind = 'general_plan' and status = 'approved'"),
            kindStatus.GetProperty("dossiers").GetProperty("totalCount").GetInt64());
        Assert.All(kindStatus.GetProperty("dossiers").GetProperty("nodes").EnumerateArray(), d =>
        {
            Assert.Equal("GENERAL_PLAN", d.GetProperty("kind").GetString());
            Assert.Equal("APPROVED", d.GetProperty("status").GetString());
        });

        var number = await host.Anonymous.DataAsync("{ dossiers(filter: { decisionNumber: \"1009/QD-TTG\" }) { nodes { code } } }");
        Assert.Equal("NVQHC-2024-1009", Assert.Single(number.GetProperty("dossiers").GetProperty("nodes").EnumerateArray()).GetProperty("code").GetString());

        var dated = await host.As("planner").DataAsync(
            "{ dossiers(first: 500, filter: { decidedFrom: \"2010-07-08\", decidedTo: \"2010-07-08\" }) { nodes { code decision { date } } } }");
        Assert.Equal(await CountAsync("decision_date = '2010-07-08'"), dated.GetProperty("dossiers").GetProperty("nodes").GetArrayLength());
        Assert.All(dated.GetProperty("dossiers").GetProperty("nodes").EnumerateArray(),
            d => Assert.Equal("2010-07-08", d.GetProperty("decision").GetProperty("date").GetString()));

        var covering = await host.As("planner").DataAsync(
            "{ dossiers(first: 500, filter: { spatial: { containsPoint: { lon: 106.70, lat: 21.95 } } }) { nodes { code } } }");
        var codes = covering.GetProperty("dossiers").GetProperty("nodes").EnumerateArray().Select(d => d.GetProperty("code").GetString()).ToList();
        Assert.Contains("QHC-2010-1055", codes);
        Assert.Equal(await CountAsync("ST_Covers(boundary, ST_SetSRID(ST_MakePoint(106.70, 21.95), 4326))"), codes.Count);
    }

    [Fact]
    public async Task Pages_follow_the_cursor_without_gaps_or_repeats()
    {
        const string query = "query($after: String) { dossiers(first: 70, after: $after) { nodes { code } pageInfo { hasNextPage endCursor } } }";
        var codes = new List<string>();
        string? after = null;
        for (var pages = 0; pages < 10; pages++)
        {
            var page = (await host.As("planner").DataAsync(query, new { after })).GetProperty("dossiers");
            codes.AddRange(page.GetProperty("nodes").EnumerateArray().Select(d => d.GetProperty("code").GetString()!));
            if (!page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
                break;
            after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
        Assert.Equal(await CountAsync(), codes.Count);
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Fact]
    public async Task A_dossier_has_its_decision_adjustments_zones_measures_and_geometry_in_both_systems()
    {
        var data = await host.Anonymous.DataAsync("""
            {
              general: dossier(code: "QHC-2010-1055") { id decision { number date approvingBody } areaM2 areaHa perimeterM
                                                       wgs84: geometry vn2000: geometry(srid: 9215) }
              adjusted: dossier(code: "QHPK-HTKT-2016") { adjustedBy { code adjusts { code } } }
              zoned: dossier(code: "QHCT-BN-2021") { zones { code dossier { code } } }
            }
            """);
        var general = data.GetProperty("general");
        Assert.Equal("1055/QĐ-TTg", general.GetProperty("decision").GetProperty("number").GetString());
        Assert.Equal("2010-07-08", general.GetProperty("decision").GetProperty("date").GetString());
        Assert.Equal("Thủ tướng Chính phủ", general.GetProperty("decision").GetProperty("approvingBody").GetString());
        Assert.Equal(general.GetProperty("areaM2").GetDouble() / 10_000, general.GetProperty("areaHa").GetDouble(), 6);
        Assert.True(general.GetProperty("perimeterM").GetDouble() > 1000);
        Assert.Equal("MultiPolygon", general.GetProperty("wgs84").GetProperty("type").GetString());
        var easting = general.GetProperty("vn2000").GetProperty("coordinates")[0][0][0][0].GetDouble();
        Assert.InRange(easting, 300_000, 700_000); // metres on the TM-3 plane, not degrees

        var adjustedBy = data.GetProperty("adjusted").GetProperty("adjustedBy").EnumerateArray().ToList();
        Assert.Equal(await ScalarAsync<long>(
            "select count(*) from dossiers d join dossiers a on a.id = d.adjusts_id where a.code = 'QHPK-HTKT-2016' and d.published"), adjustedBy.Count);
        Assert.All(adjustedBy, d => Assert.Equal("QHPK-HTKT-2016", d.GetProperty("adjusts").GetProperty("code").GetString()));

        var zone = Assert.Single(data.GetProperty("zoned").GetProperty("zones").EnumerateArray());
        Assert.Equal("CK-BINH-NGHI", zone.GetProperty("code").GetString());
        Assert.Equal("QHCT-BN-2021", zone.GetProperty("dossier").GetProperty("code").GetString());
    }

    // --- create ---

    [Fact]
    public async Task A_planner_creates_a_dossier_with_its_decision_and_the_dossier_it_adjusts()
    {
        var created = (await CreateAsync("TEST-CREATE-1", new
        {
            kind = "LOCAL_ADJUSTMENT", status = "APPROVED", decisionNumber = "77/QĐ-BQL", decisionDate = "2025-03-01",
            approvingBody = "Ban Quản lý KKT", adjustsCode = "QHC-2010-1055", summary = "Điều chỉnh cục bộ thử",
        })).GetProperty("createDossier");
        Assert.Equal("LOCAL_ADJUSTMENT", created.GetProperty("kind").GetString());
        Assert.Equal("77/QĐ-BQL", created.GetProperty("decision").GetProperty("number").GetString());
        Assert.Equal("QHC-2010-1055", created.GetProperty("adjusts").GetProperty("code").GetString());
        Assert.Equal(1, created.GetProperty("version").GetInt32());
        Assert.Equal("planner.test", created.GetProperty("changedBy").GetString());
        Assert.False(created.GetProperty("published").GetBoolean());
        Assert.InRange(created.GetProperty("areaHa").GetDouble(), 100, 130); // 0.01° x 0.01° at 21.8° N
        Assert.Equal(1, await ScalarAsync<long>("select count(*) from audit_log where table_name = 'dossiers' and action = 'INSERT' and changes ->> 'code' = 'TEST-CREATE-1'"));
    }

    [Fact]
    public async Task A_boundary_in_VN2000_is_stored_in_WGS84()
    {
        var created = await host.As("planner").DataAsync("""
            mutation($input: CreateDossierInput!) { createDossier(input: $input) { geometry areaM2 } }
            """, new
        {
            input = new
            {
                code = "TEST-VN2000", name = "Đồ án thử VN-2000", kind = "DETAILED_PLAN", status = "IN_PREPARATION", srid = 9215,
                geometry = new { type = "Polygon", coordinates = new[] { new[] { new[] { 448_900.0, 2_416_800.0 }, new[] { 449_100.0, 2_416_800.0 },
                    new[] { 449_100.0, 2_417_000.0 }, new[] { 448_900.0, 2_417_000.0 }, new[] { 448_900.0, 2_416_800.0 } } } },
            },
        });
        Assert.Equal(40_000, created.GetProperty("createDossier").GetProperty("areaM2").GetDouble(), 0);
        Assert.Equal(4326, await ScalarAsync<int>("select ST_SRID(boundary) from dossiers where code = 'TEST-VN2000'"));
    }

    [Theory]
    [InlineData("investor", "FORBIDDEN")]
    [InlineData("inspector", "FORBIDDEN")]
    [InlineData("admin", "FORBIDDEN")]
    [InlineData(null, "UNAUTHENTICATED")]
    public async Task Only_planners_create_dossiers(string? role, string code)
    {
        var client = role is null ? host.Anonymous : host.As(role);
        await client.RejectedAsync(code, Create, new
        {
            input = new { code = "TEST-ROLE", name = "x", kind = "DETAILED_PLAN", status = "IN_PREPARATION", geometry = Square(106.60, 21.80) },
        });
        Assert.Equal(0, await CountAsync("code = 'TEST-ROLE'"));
    }

    public static TheoryData<string, object, string, string> CreateRejections => new()
    {
        { "an approved dossier without a decision number", new { status = "APPROVED" }, "BAD_USER_INPUT", "decisionNumber" },
        { "a dossier in preparation with a decision number", new { decisionNumber = "1/QĐ-UBND" }, "BAD_USER_INPUT", "decisionNumber" },
        { "a local adjustment that adjusts nothing", new { kind = "LOCAL_ADJUSTMENT" }, "BAD_USER_INPUT", "adjustsCode" },
        { "adjusting a dossier that does not exist", new { adjustsCode = "KHONG-CO" }, "BAD_USER_INPUT", "adjustsCode" },
        { "a scale that is not 1/n", new { scale = "500" }, "BAD_USER_INPUT", "scale" },
        { "an existing code", new { code = "QHC-2010-1055" }, "BAD_USER_INPUT", "code" },
        { "a blank name", new { name = "  " }, "BAD_USER_INPUT", "name" },
        { "a point for a boundary", new { geometry = new { type = "Point", coordinates = new[] { 106.6, 21.8 } } }, "INVALID_GEOMETRY", "" },
        { "a self-intersecting boundary", new { geometry = new { type = "Polygon", coordinates = new[] { new[] {
            new[] { 106.60, 21.80 }, new[] { 106.61, 21.81 }, new[] { 106.61, 21.80 }, new[] { 106.60, 21.81 }, new[] { 106.60, 21.80 } } } } },
            "INVALID_GEOMETRY", "" },
        { "a boundary outside Lạng Sơn", new { geometry = Square(105.80, 21.00) }, "OUT_OF_AREA", "" },
    };

    [Theory]
    [MemberData(nameof(CreateRejections))]
    public async Task Creating_is_refused_for(string why, object change, string code, string field)
    {
        var input = new Dictionary<string, object?>
        {
            ["code"] = "TEST-REFUSED", ["name"] = "Đồ án bị từ chối", ["kind"] = "DETAILED_PLAN", ["scale"] = "1/500",
            ["status"] = "IN_PREPARATION", ["geometry"] = Square(106.60, 21.80),
        };
        foreach (var p in change.GetType().GetProperties())
            input[p.Name] = p.GetValue(change);
        var before = await CountAsync();
        var error = await host.As("planner").RejectedAsync(code, Create, new { input });
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()), why);
        if (field != "")
            Assert.Equal(field, error.GetProperty("extensions").GetProperty("details").GetProperty("field").GetString());
        Assert.Equal(before, await CountAsync());
    }

    // --- update, conflicts, history, asOf, revert ---

    [Fact]
    public async Task Updating_attributes_makes_a_new_version_and_keeps_the_old_one_with_its_legal_basis()
    {
        await CreateAsync("TEST-UPDATE-1");
        var updated = (await host.As("planner").DataAsync(Update, new
        {
            input = new
            {
                code = "TEST-UPDATE-1", expectedVersion = 1, legalBasis = "Quyết định 12/QĐ-BQL", name = "Tên mới",
                status = "APPROVED", decisionNumber = "12/QĐ-BQL", decisionDate = "2025-05-05", summary = (string?)null,
            },
        })).GetProperty("updateDossier");
        Assert.Equal("Tên mới", updated.GetProperty("name").GetString());
        Assert.Equal("APPROVED", updated.GetProperty("status").GetString());
        Assert.Equal("1/500", updated.GetProperty("scale").GetString()); // not given: unchanged
        Assert.Equal(2, updated.GetProperty("version").GetInt32());
        Assert.Equal("Quyết định 12/QĐ-BQL", updated.GetProperty("legalBasis").GetString());

        var history = (await host.As("planner").DataAsync("{ dossier(code: \"TEST-UPDATE-1\") { history { version name status validTo } } }"))
            .GetProperty("dossier").GetProperty("history");
        var previous = Assert.Single(history.EnumerateArray());
        Assert.Equal(1, previous.GetProperty("version").GetInt32());
        Assert.Equal("IN_PREPARATION", previous.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, previous.GetProperty("validTo").ValueKind);
    }

    [Fact]
    public async Task Updating_the_boundary_changes_the_area_and_asOf_shows_the_plan_as_it_stood()
    {
        var created = (await CreateAsync("TEST-BOUNDARY")).GetProperty("createDossier");
        var before = DateTimeOffset.Parse(created.GetProperty("validFrom").GetString()!).AddMilliseconds(1);
        await Task.Delay(20);
        var updated = (await host.As("planner").DataAsync(Update, new
        {
            input = new { code = "TEST-BOUNDARY", expectedVersion = 1, legalBasis = "QĐ 5/QĐ-BQL", geometry = Square(106.60, 21.80, 0.02) },
        })).GetProperty("updateDossier");
        Assert.Equal(4, updated.GetProperty("areaM2").GetDouble() / created.GetProperty("areaM2").GetDouble(), 1);

        var then = (await host.As("planner").DataAsync("query($at: DateTime) { dossier(code: \"TEST-BOUNDARY\", asOf: $at) { version areaM2 validTo } }",
            new { at = before })).GetProperty("dossier");
        Assert.Equal(1, then.GetProperty("version").GetInt32());
        Assert.Equal(created.GetProperty("areaM2").GetDouble(), then.GetProperty("areaM2").GetDouble(), 3);
        var list = await host.As("planner").DataAsync("query($at: DateTime) { dossiers(asOf: $at, filter: { text: \"TEST-BOUNDARY\" }) { nodes { version } } }",
            new { at = before });
        Assert.Equal(1, Assert.Single(list.GetProperty("dossiers").GetProperty("nodes").EnumerateArray()).GetProperty("version").GetInt32());
        var beforeCreation = await host.As("planner").DataAsync("query($at: DateTime) { dossier(code: \"TEST-BOUNDARY\", asOf: $at) { code } }",
            new { at = before.AddMinutes(-10) });
        Assert.Equal(JsonValueKind.Null, beforeCreation.GetProperty("dossier").ValueKind);
    }

    [Fact]
    public async Task A_stale_expected_version_is_a_conflict_and_changes_nothing()
    {
        await CreateAsync("TEST-CONFLICT");
        await host.As("planner").DataAsync(Update, new { input = new { code = "TEST-CONFLICT", expectedVersion = 1, legalBasis = "QĐ 1", name = "Sửa lần một" } });
        var error = await host.As("planner").RejectedAsync("CONFLICT", Update,
            new { input = new { code = "TEST-CONFLICT", expectedVersion = 1, legalBasis = "QĐ 2", name = "Sửa đè" } });
        Assert.Equal(2, error.GetProperty("extensions").GetProperty("details").GetProperty("currentVersion").GetInt32());
        Assert.Equal("Sửa lần một", await ScalarAsync<string>("select name from dossiers where code = 'TEST-CONFLICT'"));
        Assert.Equal(2, await ScalarAsync<int>("select version from dossiers where code = 'TEST-CONFLICT'"));
    }

    [Fact]
    public async Task Two_planners_editing_the_same_version_at_once_one_wins_and_the_other_gets_a_conflict()
    {
        await CreateAsync("TEST-RACE");
        var edits = await Task.WhenAll(Enumerable.Range(1, 2).Select(i => host.As("planner").PostAsync(Update,
            new { input = new { code = "TEST-RACE", expectedVersion = 1, legalBasis = "QĐ " + i, name = "Người sửa " + i } })));
        Assert.Single(edits, e => !e.HasErrors);
        Assert.Single(edits, e => e.ErrorCode == "CONFLICT");
        Assert.Equal(2, await ScalarAsync<int>("select version from dossiers where code = 'TEST-RACE'"));
    }

    [Fact]
    public async Task An_adjustment_cycle_is_refused_and_changes_nothing()
    {
        await CreateAsync("TEST-CYCLE-A");
        await CreateAsync("TEST-CYCLE-B", new { adjustsCode = "TEST-CYCLE-A" });
        await CreateAsync("TEST-CYCLE-C", new { adjustsCode = "TEST-CYCLE-B" });
        var error = await host.As("planner").RejectedAsync("BAD_USER_INPUT", Update,
            new { input = new { code = "TEST-CYCLE-A", expectedVersion = 1, legalBasis = "QĐ vòng", adjustsCode = "TEST-CYCLE-C" } });
        Assert.Contains("vòng lặp", error.GetProperty("message").GetString());
        await host.As("planner").RejectedAsync("BAD_USER_INPUT", Update,
            new { input = new { code = "TEST-CYCLE-A", expectedVersion = 1, legalBasis = "QĐ tự", adjustsCode = "TEST-CYCLE-A" } });
        Assert.Null(await ScalarAsync<long?>("select adjusts_id from dossiers where code = 'TEST-CYCLE-A'"));
        Assert.Equal(1, await ScalarAsync<int>("select version from dossiers where code = 'TEST-CYCLE-A'"));
    }

    [Fact]
    public async Task Approving_without_a_decision_number_is_refused_on_update_and_changes_nothing()
    {
        await CreateAsync("TEST-NO-DECISION");
        var error = await host.As("planner").RejectedAsync("BAD_USER_INPUT", Update,
            new { input = new { code = "TEST-NO-DECISION", expectedVersion = 1, legalBasis = "QĐ", status = "APPROVED" } });
        Assert.Equal("decisionNumber", error.GetProperty("extensions").GetProperty("details").GetProperty("field").GetString());
        Assert.Equal("in_preparation", await ScalarAsync<string>("select status from dossiers where code = 'TEST-NO-DECISION'"));
        await host.As("planner").RejectedAsync("NOT_FOUND", Update,
            new { input = new { code = "KHONG-CO", expectedVersion = 1, legalBasis = "QĐ", name = "x" } });
        await host.As("investor").RejectedAsync("FORBIDDEN", Update,
            new { input = new { code = "TEST-NO-DECISION", expectedVersion = 1, legalBasis = "QĐ", name = "x" } });
        Assert.Equal(1, await ScalarAsync<int>("select version from dossiers where code = 'TEST-NO-DECISION'"));
    }

    [Fact]
    public async Task Reverting_makes_an_earlier_version_current_again_as_a_new_version()
    {
        const string revert = """
            mutation($input: RevertInput!) { revertDossier(input: $input) { name version legalBasis areaM2 history { version } } }
            """;
        var created = (await CreateAsync("TEST-REVERT")).GetProperty("createDossier");
        await host.As("planner").DataAsync(Update, new
        {
            input = new { code = "TEST-REVERT", expectedVersion = 1, legalBasis = "QĐ sai", name = "Tên nhầm", geometry = Square(106.60, 21.80, 0.02) },
        });
        var reverted = (await host.As("planner").DataAsync(revert,
            new { input = new { code = "TEST-REVERT", toVersion = 1, expectedVersion = 2, legalBasis = "QĐ hủy bỏ QĐ sai" } })).GetProperty("revertDossier");
        Assert.Equal(created.GetProperty("name").GetString(), reverted.GetProperty("name").GetString());
        Assert.Equal(created.GetProperty("areaM2").GetDouble(), reverted.GetProperty("areaM2").GetDouble(), 3);
        Assert.Equal(3, reverted.GetProperty("version").GetInt32());
        Assert.Equal("QĐ hủy bỏ QĐ sai", reverted.GetProperty("legalBasis").GetString());
        Assert.Equal(2, reverted.GetProperty("history").GetArrayLength());

        await host.As("planner").RejectedAsync("NOT_FOUND", revert,
            new { input = new { code = "TEST-REVERT", toVersion = 9, expectedVersion = 3, legalBasis = "QĐ" } });
        await host.As("planner").RejectedAsync("CONFLICT", revert,
            new { input = new { code = "TEST-REVERT", toVersion = 2, expectedVersion = 2, legalBasis = "QĐ" } });
        await host.As("inspector").RejectedAsync("FORBIDDEN", revert,
            new { input = new { code = "TEST-REVERT", toVersion = 2, expectedVersion = 3, legalBasis = "QĐ" } });
        Assert.Equal(3, await ScalarAsync<int>("select version from dossiers where code = 'TEST-REVERT'"));
    }

    // --- publication ---

    [Fact]
    public async Task Publishing_shows_a_dossier_to_investors_and_withdrawing_hides_it_again()
    {
        const string query = "{ dossier(code: \"TEST-PUBLISH\") { code } }";
        await CreateAsync("TEST-PUBLISH");
        Assert.Equal(JsonValueKind.Null, (await host.As("investor").DataAsync(query)).GetProperty("dossier").ValueKind);
        await host.As("investor").RejectedAsync("FORBIDDEN", Publish, new { code = "TEST-PUBLISH", published = true, v = 1 });

        var published = (await host.As("planner").DataAsync(Publish, new { code = "TEST-PUBLISH", published = true, v = 1 })).GetProperty("publishDossier");
        Assert.True(published.GetProperty("published").GetBoolean());
        Assert.Equal(2, published.GetProperty("version").GetInt32());
        Assert.Equal("TEST-PUBLISH", (await host.As("investor").DataAsync(query)).GetProperty("dossier").GetProperty("code").GetString());
        // The draft version from before publication stays hidden from the public.
        var history = (await host.Anonymous.DataAsync("{ dossier(code: \"TEST-PUBLISH\") { history { version } } }")).GetProperty("dossier").GetProperty("history");
        Assert.Equal(0, history.GetArrayLength());

        await host.As("planner").RejectedAsync("CONFLICT", Publish, new { code = "TEST-PUBLISH", published = false, v = 1 });
        await host.As("planner").DataAsync(Publish, new { code = "TEST-PUBLISH", published = false, v = 2 });
        Assert.Equal(JsonValueKind.Null, (await host.Anonymous.DataAsync(query)).GetProperty("dossier").ValueKind);
    }

    // --- documents ---

    private async Task<JsonElement> UploadAsync(string dossier, byte[] content, bool published, string fileName = "QĐ 1055.pdf") =>
        (await host.As("planner").DataAsync(AddDocument, new
        {
            input = new
            {
                dossierCode = dossier, title = "Quyết định phê duyệt", kind = "DECISION", fileName, contentType = "application/pdf",
                contentBase64 = Convert.ToBase64String(content), published,
            },
        })).GetProperty("addDossierDocument");

    [Fact]
    public async Task A_document_uploaded_again_under_its_title_is_its_next_version()
    {
        async Task<JsonElement> Upload(string title, byte content) => (await host.As("planner").DataAsync(AddDocument, new
        {
            input = new { dossierCode = "QHPK-KCX1", title, kind = "DRAWING", fileName = "tong-mat-bang.pdf", contentType = "application/pdf",
                contentBase64 = Convert.ToBase64String([0x25, 0x50, 0x44, 0x46, content]) },
        })).GetProperty("addDossierDocument");

        var first = await Upload("Bản vẽ tổng mặt bằng", 1);
        var second = await Upload("BẢN VẼ TỔNG MẶT BẰNG", 2);
        Assert.Equal((1, true), (first.GetProperty("version").GetInt32(), first.GetProperty("latest").GetBoolean()));
        Assert.Equal((2, true), (second.GetProperty("version").GetInt32(), second.GetProperty("latest").GetBoolean()));

        var listed = (await host.As("planner").DataAsync("""{ dossier(code: "QHPK-KCX1") { documents { id version latest } } }"""))
            .GetProperty("dossier").GetProperty("documents").EnumerateArray()
            .ToDictionary(d => d.GetProperty("id").GetString()!, d => (d.GetProperty("version").GetInt32(), d.GetProperty("latest").GetBoolean()));
        Assert.Equal((1, false), listed[first.GetProperty("id").GetString()!]);
        Assert.Equal((2, true), listed[second.GetProperty("id").GetString()!]);
    }

    // GET with the same bearer token the GraphQL client uses (the fixture's accounts, signed in again).
    private async Task<HttpResponseMessage> DownloadAsync(string url, string? role)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (role is not null)
        {
            var login = await host.Anonymous.DataAsync("mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }",
                new { u = role + ".test", p = "mật-khẩu-thử-" + role });
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", login.GetProperty("login").GetProperty("token").GetString());
        }
        return await host.Client.SendAsync(request);
    }

    [Fact]
    public async Task A_planner_uploads_a_document_that_is_stored_under_its_hash_and_downloads_with_its_type()
    {
        var content = RandomNumberGenerator.GetBytes(300_000);
        var document = await UploadAsync("QHC-2010-1055", content, published: true);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        Assert.Equal(sha256, document.GetProperty("sha256").GetString());
        Assert.Equal(content.Length, document.GetProperty("sizeBytes").GetInt32());
        Assert.Equal("DECISION", document.GetProperty("kind").GetString());
        Assert.Equal("planner.test", document.GetProperty("uploadedBy").GetString());
        Assert.Equal("/files/documents/" + document.GetProperty("id").GetString(), document.GetProperty("url").GetString());
        Assert.Equal(content, await File.ReadAllBytesAsync(Path.Combine(host.FilesDirectory, sha256[..2], sha256)));
        Assert.Empty(Directory.GetFiles(host.FilesDirectory, "*.tmp", SearchOption.AllDirectories));

        using var response = await DownloadAsync(document.GetProperty("url").GetString()!, null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("QĐ 1055.pdf", response.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal(content, await response.Content.ReadAsByteArrayAsync());
        using (var again = new HttpRequestMessage(HttpMethod.Get, document.GetProperty("url").GetString()))
        {
            again.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{sha256}\""));
            using var notModified = await host.Client.SendAsync(again);
            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        }

        var listed = (await host.Anonymous.DataAsync("{ dossier(code: \"QHC-2010-1055\") { documents { id sha256 } } }"))
            .GetProperty("dossier").GetProperty("documents");
        Assert.Contains(listed.EnumerateArray(), d => d.GetProperty("sha256").GetString() == sha256);
    }

    [Fact]
    public async Task Unpublished_documents_and_documents_of_unpublished_dossiers_are_for_staff_only()
    {
        var draft = await UploadAsync("QHC-2010-1055", RandomNumberGenerator.GetBytes(1000), published: false);
        var ofUnpublished = await UploadAsync(Unpublished, RandomNumberGenerator.GetBytes(1000), published: true);
        foreach (var url in new[] { draft.GetProperty("url").GetString()!, ofUnpublished.GetProperty("url").GetString()! })
        {
            foreach (var role in new string?[] { null, "investor", "admin" })
            {
                using var hidden = await DownloadAsync(url, role);
                Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
            }
            foreach (var role in new[] { "planner", "inspector" })
            {
                using var seen = await DownloadAsync(url, role);
                Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
            }
        }
        const string query = "{ dossier(code: \"QHC-2010-1055\") { documents { id } } }";
        var forInvestor = (await host.As("investor").DataAsync(query)).GetProperty("dossier").GetProperty("documents").EnumerateArray()
            .Select(d => d.GetProperty("id").GetString()).ToList();
        var forInspector = (await host.As("inspector").DataAsync(query)).GetProperty("dossier").GetProperty("documents").EnumerateArray()
            .Select(d => d.GetProperty("id").GetString()).ToList();
        Assert.DoesNotContain(draft.GetProperty("id").GetString(), forInvestor);
        Assert.Contains(draft.GetProperty("id").GetString(), forInspector);
        using var missing = await DownloadAsync("/files/documents/999999", "planner");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task AsOf_shows_only_the_documents_that_existed_then_and_none_of_a_withdrawn_dossier_to_the_public()
    {
        const string query = "query($at: DateTime) { dossier(code: \"TEST-ASOF-DOCS\", asOf: $at) { documents { sha256 } } }";
        await CreateAsync("TEST-ASOF-DOCS");
        await host.As("planner").DataAsync(Publish, new { code = "TEST-ASOF-DOCS", published = true, v = 1 });
        var then = (await UploadAsync("TEST-ASOF-DOCS", RandomNumberGenerator.GetBytes(1000), published: true)).GetProperty("sha256").GetString();
        var at = (await ScalarAsync<DateTime>("select now()")).ToString("O");
        await UploadAsync("TEST-ASOF-DOCS", RandomNumberGenerator.GetBytes(1000), published: true);
        async Task<List<string?>> DocumentsAsync(GraphQLClient client) =>
            (await client.DataAsync(query, new { at })).GetProperty("dossier").GetProperty("documents").EnumerateArray()
                .Select(d => d.GetProperty("sha256").GetString()).ToList();

        Assert.Equal([then], await DocumentsAsync(host.Anonymous));
        Assert.Equal([then], await DocumentsAsync(host.As("planner")));

        await host.As("planner").DataAsync(Publish, new { code = "TEST-ASOF-DOCS", published = false, v = 2 });
        Assert.Empty(await DocumentsAsync(host.Anonymous));
        Assert.Empty(await DocumentsAsync(host.As("investor")));
        Assert.Equal([then], await DocumentsAsync(host.As("inspector")));
    }

    [Fact]
    public async Task Each_earlier_version_lists_only_the_documents_uploaded_before_it_ended()
    {
        await CreateAsync("TEST-HISTORY-DOCS");
        await host.As("planner").DataAsync(Publish, new { code = "TEST-HISTORY-DOCS", published = true, v = 1 });
        var first = (await UploadAsync("TEST-HISTORY-DOCS", RandomNumberGenerator.GetBytes(1000), published: true)).GetProperty("sha256").GetString();
        await host.As("planner").DataAsync(Publish, new { code = "TEST-HISTORY-DOCS", published = false, v = 2 });
        await host.As("planner").DataAsync(Publish, new { code = "TEST-HISTORY-DOCS", published = true, v = 3 });
        var second = (await UploadAsync("TEST-HISTORY-DOCS", RandomNumberGenerator.GetBytes(1000), published: true)).GetProperty("sha256").GetString();

        var dossier = (await host.As("planner").DataAsync(
            "{ dossier(code: \"TEST-HISTORY-DOCS\") { documents { sha256 } history { version documents { sha256 } } } }")).GetProperty("dossier");
        static List<string?> Sha(JsonElement version) => version.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("sha256").GetString()).ToList();
        var history = dossier.GetProperty("history").EnumerateArray().ToDictionary(v => v.GetProperty("version").GetInt32(), Sha);

        Assert.Equal([first, second], Sha(dossier));
        Assert.Equal([first], history[3]);
        Assert.Equal([first], history[2]);
        Assert.Empty(history[1]);
    }

    [Fact]
    public async Task A_document_upload_is_refused_for_bad_content_unknown_dossiers_and_non_planners()
    {
        var before = await ScalarAsync<long>("select count(*) from dossier_documents");
        object Input(string dossier = "QHC-2010-1055", string base64 = "JVBERi0xLjQK", string contentType = "application/pdf") => new
        {
            input = new { dossierCode = dossier, title = "Bản vẽ", kind = "DRAWING", fileName = "ban-ve.pdf", contentType, contentBase64 = base64 },
        };
        await host.As("planner").RejectedAsync("BAD_USER_INPUT", AddDocument, Input(base64: "không phải base64!"));
        await host.As("planner").RejectedAsync("BAD_USER_INPUT", AddDocument, Input(base64: ""));
        await host.As("planner").RejectedAsync("BAD_USER_INPUT", AddDocument, Input(contentType: "pdf"));
        await host.As("planner").RejectedAsync("NOT_FOUND", AddDocument, Input(dossier: "KHONG-CO"));
        await host.As("inspector").RejectedAsync("FORBIDDEN", AddDocument, Input());
        await host.Anonymous.RejectedAsync("UNAUTHENTICATED", AddDocument, Input());
        // Just over 20 MB: refused (by the API, or by the transport's body limit before it).
        var tooLarge = await host.As("planner").PostAsync(AddDocument, Input(base64: Convert.ToBase64String(new byte[20 * 1024 * 1024 + 1])));
        Assert.True(tooLarge.Status == 413 || tooLarge.ErrorCode == "BAD_USER_INPUT", tooLarge.Body.ToString());
        Assert.Equal(before, await ScalarAsync<long>("select count(*) from dossier_documents"));
    }

    [Fact]
    public async Task The_same_file_uploaded_twice_is_stored_once_and_a_browser_data_url_is_accepted()
    {
        var content = RandomNumberGenerator.GetBytes(5000);
        var first = await UploadAsync("QHC-2010-1055", content, published: true, fileName: @"C:\Hồ sơ\a.pdf");
        var second = await UploadAsync("QHPK-DB-2013", content, published: true, fileName: "b.pdf");
        var asDataUrl = (await host.As("planner").DataAsync(AddDocument, new
        {
            input = new
            {
                dossierCode = "QHPK-DB-2013", title = "Từ trình duyệt", kind = "OTHER", fileName = "c.pdf", contentType = "application/pdf",
                contentBase64 = "data:application/pdf;base64," + Convert.ToBase64String(content),
            },
        })).GetProperty("addDossierDocument");
        Assert.Equal(first.GetProperty("sha256").GetString(), asDataUrl.GetProperty("sha256").GetString());
        Assert.Equal("a.pdf", first.GetProperty("fileName").GetString());
        Assert.NotEqual(first.GetProperty("id").GetString(), second.GetProperty("id").GetString());
        var sha256 = first.GetProperty("sha256").GetString()!;
        Assert.Single(Directory.GetFiles(Path.Combine(host.FilesDirectory, sha256[..2]), sha256 + "*"));
    }
}
