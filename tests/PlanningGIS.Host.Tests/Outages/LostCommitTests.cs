using System.Net.Http.Headers;
using System.Net.Http.Json;
using Npgsql;

namespace PlanningGIS.Host.Tests.Outages;

/// <summary>A host whose database commits a transaction and then goes away before the host hears of it.</summary>
public sealed class LostCommitHostFixture : HostFixture
{
    public DatabaseRelay Relay { get; private set; } = null!;

    protected override string HostConnectionString(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Relay = new DatabaseRelay(builder.Host!, builder.Port);
        builder.Host = "127.0.0.1";
        builder.Port = Relay.Port;
        return builder.ConnectionString;
    }

    public override async Task DisposeAsync()
    {
        await Relay.DisposeAsync();
        await base.DisposeAsync();
    }
}

public sealed class LostCommitTests(LostCommitHostFixture host) : IClassFixture<LostCommitHostFixture>
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01, 0xFF, 0xD9];

    [Fact]
    public async Task A_violation_committed_while_the_database_went_away_keeps_its_photo()
    {
        const string description = "Vi phạm ghi đúng lúc cơ sở dữ liệu dừng";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new
            {
                query = "mutation($i: FlagViolationInput!) { flagViolation(input: $i) { code } }",
                variables = new
                {
                    i = new
                    {
                        geometry = new { type = "Point", coordinates = new[] { 106.581736, 21.6745064 } },
                        category = "UNAUTHORISED_CONSTRUCTION", description,
                        photos = new[] { new { fileName = "hien-truong.jpg", contentType = "image/jpeg", contentBase64 = Convert.ToBase64String(Jpeg) } },
                    },
                },
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", host.TokenOf("inspector"));
        host.Relay.LoseNextCommitReply = true;

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(503, (int)response.StatusCode);
        await using var cmd = host.Database.CreateCommand(
            "select p.storage_path from violation_photos p join violations v on v.id = p.violation_id where v.description = $1");
        cmd.Parameters.Add(new() { Value = description });
        var storagePath = (string?)await cmd.ExecuteScalarAsync();
        Assert.NotNull(storagePath); // it did commit
        Assert.True(File.Exists(Path.Combine(host.FilesDirectory, "photos", storagePath)), "the committed photo's file is missing");
    }
}
