using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace PlanningGIS.Host.Tests.Exchange;

/// <summary>
/// A long import followed while it runs (the client chooses the import's id and asks its progress),
/// and cancelled by aborting the upload: nothing is left behind.
/// </summary>
public sealed class ImportProgressTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task A_running_import_reports_its_stage_and_checking_steps_and_ends_staged()
    {
        var id = Guid.NewGuid();
        var upload = UploadAsync(id, CancellationToken.None);
        var seen = new HashSet<string>();
        var steps = 0;
        while (!upload.IsCompleted)
        {
            if (await ProgressAsync(id) is { } progress)
            {
                seen.Add(progress.GetProperty("stage").GetString()!);
                steps = Math.Max(steps, progress.GetProperty("steps").GetInt32());
            }
            await Task.Delay(20);
        }

        using var response = await upload;
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Contains("checking", seen);
        Assert.True(steps > 10, $"steps {steps}");
        Assert.Equal("staged", (await ProgressAsync(id))!.Value.GetProperty("stage").GetString());
    }

    [Fact]
    public async Task Aborting_the_upload_while_it_is_checked_cancels_it_and_leaves_nothing()
    {
        var id = Guid.NewGuid();
        using var abort = new CancellationTokenSource();
        var upload = UploadAsync(id, abort.Token);
        while ((await ProgressAsync(id))?.GetProperty("stage").GetString() is not "checking")
        {
            Assert.False(upload.IsCompleted, "the import ended before it could be cancelled");
            await Task.Delay(10);
        }

        await abort.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => upload);
        for (var i = 0; i < 500 && (await ProgressAsync(id))?.GetProperty("stage").GetString() != "cancelled"; i++)
            await Task.Delay(20);
        Assert.Equal("cancelled", (await ProgressAsync(id))!.Value.GetProperty("stage").GetString());
        Assert.Equal(0L, await ScalarAsync($"select count(*) from imports where id = '{id}'"));
        Assert.Equal(0L, await ScalarAsync($"select count(*) from staging.import_features where import_id = '{id}'"));
    }

    [Fact]
    public async Task A_chosen_id_already_used_is_a_conflict()
    {
        var id = Guid.NewGuid();
        using (var first = await UploadAsync(id, CancellationToken.None, squares: 2))
            Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        using var second = await UploadAsync(id, CancellationToken.None, squares: 2);

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
    }

    // Squares on EPSG:9215 as a WKT table: enough of them that staging and checking take seconds.
    private static byte[] Squares(int count)
    {
        var text = new StringBuilder("WKT,ma_lo,loai_dat\n");
        for (var i = 0; i < count; i++)
        {
            var (e, n) = (429000 + i % 100 * 5.0, 2395000 + i / 100 * 5.0);
            text.Append(CultureInfo.InvariantCulture,
                $"\"POLYGON (({e} {n},{e + 5} {n},{e + 5} {n + 5},{e} {n + 5},{e} {n}))\",PRG-{i},SKK\n");
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private async Task<HttpResponseMessage> UploadAsync(Guid id, CancellationToken ct, int squares = 20_000)
    {
        var multipart = new MultipartFormDataContent
        {
            { new StringContent("plots"), "target" },
            { new StringContent(id.ToString()), "id" },
            { new ByteArrayContent(Squares(squares)), "file", "o-vuong.csv" },
        };
        var request = new HttpRequestMessage(HttpMethod.Post, "/imports") { Content = multipart };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", host.TokenOf("planner"));
        return await host.Client.SendAsync(request, ct);
    }

    private async Task<JsonElement?> ProgressAsync(Guid id)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/imports/{id}/progress");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", host.TokenOf("planner"));
        using var response = await host.Client.SendAsync(request);
        return response.StatusCode == HttpStatusCode.OK
            ? JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone()
            : null;
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var cmd = host.Database.CreateCommand(sql);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }
}
