using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PlanningGIS.Host.Tests.Api;

/// <summary>Violations over HTTP: staff only, inspectors flag them with photos and move them through their statuses.</summary>
public sealed partial class ViolationTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string List = """
        query($filter: ViolationFilter) {
          violations(first: 100, filter: $filter) {
            totalCount
            nodes { id code category description status reportedBy reportedAt resolvedAt resolutionNote plot { code } photos { id url } geometry }
          }
        }
        """;

    private const string Flag = """
        mutation($input: FlagViolationInput!) {
          flagViolation(input: $input) {
            code category description status reportedBy reportedAt resolvedAt plot { code }
            photos { id fileName contentType sizeBytes takenAt url } geometry
          }
        }
        """;

    private const string Update = """
        mutation($input: UpdateViolationStatusInput!) { updateViolationStatus(input: $input) { code status resolvedAt resolutionNote } }
        """;

    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01, 0xFF, 0xD9];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R'];

    // On plot DB-F-01 (where VP-2024-001 was reported).
    private static readonly object OnPlot = new { type = "Point", coordinates = new[] { 106.581736, 21.6745064 } };

    private static object Photo(byte[] content, string contentType = "image/jpeg", string fileName = "hien-truong.jpg") =>
        new { fileName, contentType, contentBase64 = Convert.ToBase64String(content), takenAt = "2025-10-01T09:30:00+07:00" };

    private static object Flagged(object? geometry = null, params object[] photos) => new
    {
        input = new { geometry = geometry ?? OnPlot, category = "UNAUTHORISED_CONSTRUCTION", description = "Xây tường rào lấn ra đường nội bộ.", photos },
    };

    private async Task<long> ScalarAsync(string sql)
    {
        await using var cmd = host.Database.CreateCommand(sql);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    private Task<long> ViolationCountAsync() => ScalarAsync("select count(*) from violations");

    private int PhotoFiles()
    {
        var directory = Path.Combine(host.FilesDirectory, "photos");
        return Directory.Exists(directory) ? Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Count() : 0;
    }

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

    private async Task<string[]> CodesAsync(object filter) =>
        (await host.As("inspector").DataAsync(List, new { filter })).GetProperty("violations").GetProperty("nodes").EnumerateArray()
            .Select(n => n.GetProperty("code").GetString()!).Order().ToArray();

    [Theory]
    [InlineData("planner")]
    [InlineData("inspector")]
    public async Task Staff_read_violations_with_their_plot_and_geometry(string role)
    {
        var data = await host.As(role).DataAsync(List, new { filter = new { text = "VP-2024-001" } });

        var v = Assert.Single(data.GetProperty("violations").GetProperty("nodes").EnumerateArray());
        Assert.Equal("UNAUTHORISED_CONSTRUCTION", v.GetProperty("category").GetString());
        Assert.Equal("RESOLVED", v.GetProperty("status").GetString());
        Assert.Equal("DB-F-01", v.GetProperty("plot").GetProperty("code").GetString());
        Assert.Equal("2024-05-19T10:00:00.0000000+00:00", v.GetProperty("resolvedAt").GetString());
        Assert.Equal("Point", v.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal(0, v.GetProperty("photos").GetArrayLength());
    }

    [Theory]
    [InlineData("investor", "FORBIDDEN")]
    [InlineData("admin", "FORBIDDEN")]
    [InlineData(null, "UNAUTHENTICATED")]
    public async Task Violations_are_not_shown_to_anyone_but_staff(string? role, string code)
    {
        var response = await (role is null ? host.Anonymous : host.As(role)).PostAsync(List);

        Assert.Equal(code, response.ErrorCode);
        Assert.DoesNotContain("VP-20", response.Body.ToString());
    }

    [Fact]
    public async Task Violations_are_filtered_by_status_category_plot_date_and_place()
    {
        Assert.Equal(["VP-2024-003", "VP-2025-002"], await CodesAsync(new { plotCode = "KCX1-L-05" }));
        Assert.Equal(["VP-2025-018", "VP-2025-023"], await CodesAsync(new { status = new[] { "VERIFIED" }, text = "VP-202" }));
        Assert.Equal(["VP-2024-022"], await CodesAsync(new { status = new[] { "NOTICE_ISSUED" }, text = "VP-202" }));
        Assert.Equal(["VP-2024-007", "VP-2024-017"], await CodesAsync(new { category = new[] { "UNAUTHORISED_TRANSFER" } }));
        Assert.Equal(["VP-2023-006", "VP-2023-012", "VP-2023-015", "VP-2023-024"],
            await CodesAsync(new { reportedFrom = "2023-02-01T00:00:00+07:00", reportedTo = "2023-03-31T00:00:00+07:00" }));
        Assert.Equal(["VP-2023-024", "VP-2024-008", "VP-2024-016", "VP-2025-014"],
            await CodesAsync(new { text = "VP-202", spatial = new { withinDistance = new { lon = 106.7190, lat = 21.9137, metres = 500 } } }));
        Assert.Equal(["VP-2023-013"], await CodesAsync(new { text = "vp-2023-013" }));
    }

    [Fact]
    public async Task An_inspector_flags_a_violation_with_photos_on_the_plot_it_lies_on()
    {
        var data = await host.As("inspector").DataAsync(Flag, Flagged(null, Photo(Jpeg), Photo(Png, "image/png", "so-do.png")));

        var v = data.GetProperty("flagViolation");
        Assert.Matches(CodePattern(), v.GetProperty("code").GetString());
        Assert.StartsWith($"VP-{DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)):yyyyMMdd}-", v.GetProperty("code").GetString());
        Assert.Equal("OPEN", v.GetProperty("status").GetString());
        Assert.Equal("inspector.test", v.GetProperty("reportedBy").GetString());
        Assert.Equal(JsonValueKind.Null, v.GetProperty("resolvedAt").ValueKind);
        Assert.Equal("DB-F-01", v.GetProperty("plot").GetProperty("code").GetString());
        var photos = v.GetProperty("photos").EnumerateArray().ToList();
        Assert.Equal(2, photos.Count);
        Assert.Equal("image/png", photos[1].GetProperty("contentType").GetString());
        Assert.Equal(Png.Length, photos[1].GetProperty("sizeBytes").GetInt32());
        Assert.Equal("so-do.png", photos[1].GetProperty("fileName").GetString());

        // the photo comes back as uploaded, to staff only
        var url = photos[0].GetProperty("url").GetString()!;
        Assert.StartsWith("/files/photos/", url);
        using var download = await DownloadAsync(url, "planner");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/jpeg", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Jpeg, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, (await DownloadAsync(url, "inspector")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await DownloadAsync(url, "investor")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await DownloadAsync(url, "admin")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await DownloadAsync(url, null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await DownloadAsync("/files/photos/999999", "inspector")).StatusCode);
    }

    [Fact]
    public async Task A_photo_is_stored_under_a_clean_name_without_folders_line_breaks_or_dot_dot()
    {
        var data = await host.As("inspector").DataAsync(Flag, Flagged(null,
            Photo(Jpeg, fileName: "..\\..\\tuong-rao\r\nSet-Cookie: a=b.jpg"), Photo(Jpeg, fileName: "../../etc/hien-truong.jpg")));

        var photos = data.GetProperty("flagViolation").GetProperty("photos").EnumerateArray().ToList();
        Assert.Equal("tuong-raoSet-Cookie: a=b.jpg", photos[0].GetProperty("fileName").GetString());
        Assert.Equal("hien-truong.jpg", photos[1].GetProperty("fileName").GetString());
        using var download = await DownloadAsync(photos[0].GetProperty("url").GetString()!, "inspector");
        Assert.Equal("tuong-raoSet-Cookie: a=b.jpg", download.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.False(download.Headers.Contains("Set-Cookie"));
        await host.As("inspector").RejectedAsync("BAD_USER_INPUT", Flag, Flagged(null, Photo(Jpeg, fileName: "..\\..")));
    }

    [Fact]
    public async Task Codes_are_numbered_per_day_and_a_violation_off_any_plot_has_no_plot()
    {
        // in the countryside, outside every zone
        var road = new { type = "Point", coordinates = new[] { 106.65, 21.80 } };
        var first = (await host.As("inspector").DataAsync(Flag, Flagged(road))).GetProperty("flagViolation");
        var second = (await host.As("inspector").DataAsync(Flag, Flagged(road))).GetProperty("flagViolation");

        Assert.Equal(JsonValueKind.Null, first.GetProperty("plot").ValueKind);
        var number = (JsonElement v) => int.Parse(v.GetProperty("code").GetString()![12..]);
        Assert.Equal(number(first) + 1, number(second));
    }

    [Fact]
    public async Task A_polygon_violation_takes_the_plot_it_overlaps_most()
    {
        var area = new { type = "Polygon", coordinates = new[] { new[] {
            new[] { 106.58170, 21.67448 }, new[] { 106.58180, 21.67448 }, new[] { 106.58180, 21.67456 }, new[] { 106.58170, 21.67456 }, new[] { 106.58170, 21.67448 } } } };

        var v = (await host.As("inspector").DataAsync(Flag, Flagged(area))).GetProperty("flagViolation");

        Assert.Equal("DB-F-01", v.GetProperty("plot").GetProperty("code").GetString());
        Assert.Equal("Polygon", v.GetProperty("geometry").GetProperty("type").GetString());
    }

    public static TheoryData<string, object> RefusedFlags() => new()
    {
        { "BAD_USER_INPUT", Flagged(null, Photo(Png, "image/jpeg")) },                       // PNG bytes sent as a JPEG
        { "BAD_USER_INPUT", Flagged(null, Photo([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])) }, // not an image
        { "BAD_USER_INPUT", Flagged(null, Photo(Jpeg), Photo(Jpeg, "image/gif", "a.gif")) },
        { "BAD_USER_INPUT", Flagged(null, new { fileName = "a.jpg", contentType = "image/jpeg", contentBase64 = "không phải base64" }) },
        { "BAD_USER_INPUT", Flagged(null, Photo(Jpeg), Photo([.. Jpeg, .. new byte[10 * 1024 * 1024]])) }, // over 10 MB
        { "INVALID_GEOMETRY", Flagged(new { type = "LineString", coordinates = new[] { new[] { 106.58, 21.67 }, new[] { 106.59, 21.68 } } }, Photo(Jpeg)) },
        { "OUT_OF_AREA", Flagged(new { type = "Point", coordinates = new[] { 105.85, 21.03 } }, Photo(Jpeg)) },
    };

    [Theory]
    [MemberData(nameof(RefusedFlags))]
    public async Task A_refused_flag_stores_neither_the_violation_nor_any_photo(string code, object variables)
    {
        var (violations, photos, files) = (await ViolationCountAsync(), await ScalarAsync("select count(*) from violation_photos"), PhotoFiles());

        var error = await host.As("inspector").RejectedAsync(code, Flag, variables);

        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        Assert.Equal(violations, await ViolationCountAsync());
        Assert.Equal(photos, await ScalarAsync("select count(*) from violation_photos"));
        Assert.Equal(files, PhotoFiles());
    }

    [Theory]
    [InlineData("planner", "FORBIDDEN")]
    [InlineData("investor", "FORBIDDEN")]
    [InlineData("admin", "FORBIDDEN")]
    [InlineData(null, "UNAUTHENTICATED")]
    public async Task Only_inspectors_flag_violations_and_change_their_status(string? role, string code)
    {
        var client = role is null ? host.Anonymous : host.As(role);
        var (violations, files) = (await ViolationCountAsync(), PhotoFiles());

        await client.RejectedAsync(code, Flag, Flagged(null, Photo(Jpeg)));
        await client.RejectedAsync(code, Update, new { input = new { code = "VP-2025-005", status = "VERIFIED" } });

        Assert.Equal(violations, await ViolationCountAsync());
        Assert.Equal(files, PhotoFiles());
        Assert.Equal(1, await ScalarAsync("select count(*) from violations where code = 'VP-2025-005' and status = 'open'"));
    }

    private const string Step = """
        mutation($input: UpdateViolationStatusInput!) {
          updateViolationStatus(input: $input) {
            code status resolvedAt resolutionNote noticeNumber photos { id }
            events { fromStatus toStatus note noticeNumber by byName at photos { fileName url } }
          }
        }
        """;

    [Fact]
    public async Task A_violation_is_verified_noticed_and_resolved_and_each_step_is_kept_with_who_when_and_photos()
    {
        var inspector = host.As("inspector");
        var code = (await inspector.DataAsync(Flag, Flagged(null, Photo(Jpeg)))).GetProperty("flagViolation").GetProperty("code").GetString();

        var verified = (await inspector.DataAsync(Step, new { input = new { code, status = "VERIFIED", note = "Đã kiểm tra thực địa.", photos = new[] { Photo(Png, "image/png", "xac-minh.png") } } }))
            .GetProperty("updateViolationStatus");
        Assert.Equal("VERIFIED", verified.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, verified.GetProperty("resolvedAt").ValueKind);
        Assert.Equal(2, verified.GetProperty("photos").GetArrayLength());

        // a notice needs its number: refused, nothing changes
        var missing = await inspector.RejectedAsync("BAD_USER_INPUT", Step, new { input = new { code, status = "NOTICE_ISSUED" } });
        Assert.Equal("noticeNumber", missing.GetProperty("extensions").GetProperty("details").GetProperty("field").GetString());
        Assert.Equal(1, await ScalarAsync($"select count(*) from violation_events where violation_id = (select id from violations where code = '{code}')"));

        await inspector.DataAsync(Step, new { input = new { code, status = "NOTICE_ISSUED", noticeNumber = "15/BB-VPHC" } });
        await host.As("planner").DataAsync("mutation($input: CommentOnViolationInput!) { commentOnViolation(input: $input) { code } }",
            new { input = new { code, note = "Đề nghị kiểm tra lại sau 30 ngày." } });
        var resolved = (await inspector.DataAsync(Step, new { input = new { code, status = "RESOLVED", note = "Đã tháo dỡ tường rào." } }))
            .GetProperty("updateViolationStatus");

        Assert.Equal("RESOLVED", resolved.GetProperty("status").GetString());
        Assert.Equal("Đã tháo dỡ tường rào.", resolved.GetProperty("resolutionNote").GetString());
        Assert.Equal("15/BB-VPHC", resolved.GetProperty("noticeNumber").GetString());
        Assert.True(DateTimeOffset.Parse(resolved.GetProperty("resolvedAt").GetString()!) > DateTimeOffset.UtcNow.AddMinutes(-5));
        var events = resolved.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(["OPEN→VERIFIED", "VERIFIED→NOTICE_ISSUED", "→", "NOTICE_ISSUED→RESOLVED"],
            events.Select(e => $"{e.GetProperty("fromStatus").GetString()}→{e.GetProperty("toStatus").GetString()}"));
        Assert.Equal(["inspector.test", "inspector.test", "planner.test", "inspector.test"], events.Select(e => e.GetProperty("by").GetString()));
        Assert.Equal("xac-minh.png", Assert.Single(events[0].GetProperty("photos").EnumerateArray()).GetProperty("fileName").GetString());
        Assert.Equal("15/BB-VPHC", events[1].GetProperty("noticeNumber").GetString());
        Assert.Equal("Đề nghị kiểm tra lại sau 30 ngày.", events[2].GetProperty("note").GetString());
        Assert.True(events.Zip(events.Skip(1)).All(p => DateTimeOffset.Parse(p.First.GetProperty("at").GetString()!) <= DateTimeOffset.Parse(p.Second.GetProperty("at").GetString()!)));
        // the notice number is the legal basis of that step in the audit log
        Assert.Equal(1, await ScalarAsync($"select count(*) from audit_log where table_name = 'violations' and legal_basis = '15/BB-VPHC' and row_id = (select id from violations where code = '{code}')"));
    }

    [Fact]
    public async Task A_case_beyond_the_inspectors_power_is_escalated_with_a_note_then_resolved()
    {
        var inspector = host.As("inspector");
        var code = (await inspector.DataAsync(Flag, Flagged())).GetProperty("flagViolation").GetProperty("code").GetString();
        await inspector.DataAsync(Step, new { input = new { code, status = "VERIFIED" } });
        await inspector.DataAsync(Step, new { input = new { code, status = "NOTICE_ISSUED", noticeNumber = "16/BB-VPHC" } });

        var noNote = await inspector.RejectedAsync("BAD_USER_INPUT", Step, new { input = new { code, status = "ESCALATED" } });
        Assert.Equal("note", noNote.GetProperty("extensions").GetProperty("details").GetProperty("field").GetString());
        var escalated = (await inspector.DataAsync(Step, new { input = new { code, status = "ESCALATED", note = "Chuyển UBND tỉnh: vượt thẩm quyền xử phạt." } }))
            .GetProperty("updateViolationStatus");
        Assert.Equal("ESCALATED", escalated.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, escalated.GetProperty("resolvedAt").ValueKind);
        var refused = await inspector.RejectedAsync("INVALID_TRANSITION", Step, new { input = new { code, status = "DISMISSED", note = "x" } });
        Assert.Equal(["RESOLVED"], refused.GetProperty("extensions").GetProperty("details").GetProperty("allowed").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("RESOLVED", (await inspector.DataAsync(Step, new { input = new { code, status = "RESOLVED", note = "UBND tỉnh đã xử phạt." } }))
            .GetProperty("updateViolationStatus").GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_open_violation_may_be_dismissed_at_once()
    {
        var inspector = host.As("inspector");
        var code = (await inspector.DataAsync(Flag, Flagged())).GetProperty("flagViolation").GetProperty("code").GetString();

        var dismissed = (await inspector.DataAsync(Update, new { input = new { code, status = "DISMISSED", note = "Không vi phạm." } }))
            .GetProperty("updateViolationStatus");

        Assert.Equal("DISMISSED", dismissed.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, dismissed.GetProperty("resolvedAt").ValueKind);
    }

    [Theory]
    [InlineData("VP-2025-005", "RESOLVED")]     // open
    [InlineData("VP-2025-005", "OPEN")]
    [InlineData("VP-2025-005", "NOTICE_ISSUED")] // open: not yet verified
    [InlineData("VP-2024-001", "VERIFIED")]     // resolved
    [InlineData("VP-2025-002", "OPEN")]         // dismissed
    [InlineData("VP-2025-018", "VERIFIED")]     // verified
    [InlineData("VP-2024-022", "DISMISSED")]    // notice issued: no longer baseless
    public async Task A_status_change_out_of_order_is_refused_and_nothing_changes(string code, string status)
    {
        var before = await ScalarAsync($"select extract(epoch from coalesce(resolved_at, reported_at))::bigint * 10 + length(status) from violations where code = '{code}'");

        var error = await host.As("inspector").RejectedAsync("INVALID_TRANSITION", Update, new { input = new { code, status } });

        Assert.Contains("không thể chuyển sang", error.GetProperty("message").GetString());
        Assert.Equal(before, await ScalarAsync($"select extract(epoch from coalesce(resolved_at, reported_at))::bigint * 10 + length(status) from violations where code = '{code}'"));
    }

    [Fact]
    public async Task An_unknown_violation_is_not_found()
    {
        await host.As("inspector").RejectedAsync("NOT_FOUND", Update, new { input = new { code = "VP-KHONG-CO", status = "VERIFIED" } });
    }

    [GeneratedRegex(@"^VP-\d{8}-\d{3}$")]
    private static partial Regex CodePattern();
}
