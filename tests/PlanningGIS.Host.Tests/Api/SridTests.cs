namespace PlanningGIS.Host.Tests.Api;

/// <summary>An unsupported coordinate system is refused the same way wherever it is given: output, filter or input.</summary>
public sealed class SridTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Square = """{type: "Polygon", coordinates: [[[106.75, 21.85], [106.751, 21.85], [106.751, 21.851], [106.75, 21.851], [106.75, 21.85]]]}""";

    public static TheoryData<string> Documents() =>
    [
        "{ zones(first: 1) { nodes { geometry(srid: 3405) } } }",
        "{ plots(first: 1, filter: { spatial: { srid: 3405, bbox: [0, 0, 1, 1] } }) { totalCount } }",
        $$"""mutation { createZone(input: {code: "X-SRID", name: "x", kind: INDUSTRIAL_PARK, srid: 3405, geometry: {{Square}}, legalBasis: "1/QĐ"}) { code } }""",
    ];

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task An_unsupported_srid_gets_one_message_and_its_number(string document)
    {
        var error = await host.As("planner").RejectedAsync("BAD_USER_INPUT", document);

        Assert.Equal("Hệ tọa độ EPSG:3405 không được hỗ trợ. Hãy dùng WGS84 (EPSG:4326) hoặc VN-2000 / TM-3 Lạng Sơn (EPSG:9215).",
            error.GetProperty("message").GetString());
        Assert.Equal(3405, error.GetProperty("extensions").GetProperty("details").GetProperty("srid").GetInt32());
    }
}
