using System.Text.Json;

namespace PlanningGIS.Host.Tests.Api;

/// <summary>Violation codes (VP-yyyymmdd-NNN) on a busy day: its own host, since it fills a day with flags.</summary>
public sealed class ViolationCodeTests(HostFixture host) : IClassFixture<HostFixture>
{
    private const string Flag = """
        mutation($input: FlagViolationInput!) { flagViolation(input: $input) { code } }
        """;

    [Fact]
    public async Task Codes_go_on_past_999_flags_in_a_day_without_truncating_or_colliding()
    {
        var prefix = $"VP-{DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)):yyyyMMdd}-";
        await using (var cmd = host.Database.CreateCommand("""
            insert into violations (code, category, description, reported_by, location)
            select $1 || lpad(n::text, 3, '0'), 'other', 'Ghi nhận thử số ' || n, 'inspector.test', ST_SetSRID(ST_MakePoint(106.65, 21.80), 4326)
            from generate_series(1, 999) n
            """))
        {
            cmd.Parameters.Add(new() { Value = prefix });
            await cmd.ExecuteNonQueryAsync();
        }
        var variables = new
        {
            input = new
            {
                geometry = new { type = "Point", coordinates = new[] { 106.65, 21.80 } },
                category = "OTHER",
                description = "Lấn chiếm hành lang đường.",
            },
        };

        var codes = new List<string>();
        for (var i = 0; i < 2; i++)
            codes.Add((await host.As("inspector").DataAsync(Flag, variables)).GetProperty("flagViolation").GetProperty("code").GetString()!);

        Assert.Equal([prefix + "1000", prefix + "1001"], codes);
    }
}
