using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace PlanningGIS.Host.Tests.Exchange;

/// <summary>The import endpoints as a planner (or another role) calls them, for the tests.</summary>
public sealed class ImportClient(HostFixture host, string? role = "planner")
{
    public async Task<(HttpStatusCode Status, JsonElement Body)> UploadAsync(string fileName, byte[] content, string target,
        IReadOnlyDictionary<string, string>? form = null)
    {
        using var multipart = new MultipartFormDataContent();
        multipart.Add(new StringContent(target), "target");
        foreach (var (name, value) in form ?? new Dictionary<string, string>())
            multipart.Add(new StringContent(value), name);
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        multipart.Add(file, "file", fileName);
        return await SendAsync(new HttpRequestMessage(HttpMethod.Post, "/imports") { Content = multipart });
    }

    public Task<(HttpStatusCode Status, JsonElement Body)> UploadAsync(string fileName, string text, string target,
        IReadOnlyDictionary<string, string>? form = null) => UploadAsync(fileName, Encoding.UTF8.GetBytes(text), target, form);

    public Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string id, string path = "") =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/imports/{id}{path}"));

    public Task<(HttpStatusCode Status, JsonElement Body)> ChangeAsync(string id, object choices) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Patch, $"/imports/{id}") { Content = Json(choices) });

    public Task<(HttpStatusCode Status, JsonElement Body)> CommitAsync(string id, string? legalBasis) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/imports/{id}/commit") { Content = Json(new { legalBasis }) });

    public Task<(HttpStatusCode Status, JsonElement Body)> DiscardAsync(string id) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Delete, $"/imports/{id}"));

    /// <summary>Uploads, confirms the CRS if it was only detected, and commits; asserts each step worked.</summary>
    public async Task<JsonElement> ImportAsync(string fileName, string text, string target, string legalBasis)
    {
        var (status, preview) = await UploadAsync(fileName, text, target);
        Assert.True(status == HttpStatusCode.Created, preview.ToString());
        var id = preview.GetProperty("id").GetString()!;
        if (!preview.GetProperty("crs").GetProperty("confirmed").GetBoolean())
            (_, _) = await ChangeAsync(id, new { srid = preview.GetProperty("crs").GetProperty("srid").GetInt32() });
        var (committed, result) = await CommitAsync(id, legalBasis);
        Assert.True(committed == HttpStatusCode.OK, result.ToString());
        return result;
    }

    /// <summary>
    /// The zone the import tests put their plots in (IMP-KHU-A, E 429,000–429,600, N 2,395,000–2,395,600 on
    /// EPSG:9215, east of Đồng Bành where the sample has nothing), imported once per test database.
    /// </summary>
    public async Task TestZoneAsync()
    {
        await using var cmd = host.Database.CreateCommand("select count(*) from zones where code = 'IMP-KHU-A'");
        if ((long)(await cmd.ExecuteScalarAsync())! == 0)
            await ImportAsync("khu.geojson", ZoneGeoJson, "zones", "Quyết định 14/QĐ-BQL");
    }

    private const string ZoneGeoJson = """
        {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::9215"}},"features":[
        {"type":"Feature","properties":{"ma_khu":"IMP-KHU-A","ten_khu":"Khu mở rộng nhập thử","loai_khu":"industrial_park"},
         "geometry":{"type":"Polygon","coordinates":[[[429000,2395000],[429600,2395000],[429600,2395600],[429000,2395600],[429000,2395000]]]}}]}
        """;

    private async Task<(HttpStatusCode, JsonElement)> SendAsync(HttpRequestMessage request)
    {
        if (role is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", host.TokenOf(role));
        using var response = await host.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    private static StringContent Json(object value) => new(JsonSerializer.Serialize(value), Encoding.UTF8, "application/json");
}
