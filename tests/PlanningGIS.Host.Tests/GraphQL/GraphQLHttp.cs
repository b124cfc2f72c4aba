using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace PlanningGIS.Host.Tests.GraphQL;

/// <summary>Raw HTTP helpers for the transport tests: exact headers and bodies, nothing added.</summary>
internal static class GraphQLHttp
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string Browser = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    public sealed record Answer(int Status, string? ContentType, string? MediaType, string Text, HttpResponseMessage Response)
    {
        public JsonElement Body => JsonDocument.Parse(Text).RootElement.Clone();

        public bool HasData => Body.TryGetProperty("data", out _);

        public string? FirstCode => Body.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0
            && errors[0].TryGetProperty("extensions", out var ext) && ext.TryGetProperty("code", out var code)
                ? code.GetString() : null;

        public string? FirstMessage => Body.GetProperty("errors")[0].GetProperty("message").GetString();
    }

    public static Task<Answer> PostJsonAsync(this HttpClient client, object body, string? accept = null, string? bearer = null) =>
        client.PostRawAsync(JsonSerializer.Serialize(body), "application/json", accept, bearer);

    public static async Task<Answer> PostRawAsync(this HttpClient client, string? body, string? contentType, string? accept = null, string? bearer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql");
        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (contentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }
        return await client.SendRawAsync(request, accept, bearer);
    }

    public static async Task<Answer> GetAsync(this HttpClient client, string? query, string? variables = null, string? operationName = null,
        string? accept = null, string? bearer = null)
    {
        var parameters = new List<string>();
        if (query is not null) parameters.Add("query=" + Uri.EscapeDataString(query));
        if (variables is not null) parameters.Add("variables=" + Uri.EscapeDataString(variables));
        if (operationName is not null) parameters.Add("operationName=" + Uri.EscapeDataString(operationName));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql" + (parameters.Count > 0 ? "?" + string.Join('&', parameters) : ""));
        return await client.SendRawAsync(request, accept, bearer);
    }

    public static async Task<Answer> SendRawAsync(this HttpClient client, HttpRequestMessage request, string? accept = null, string? bearer = null)
    {
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        if (bearer is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var contentType = response.Content.Headers.ContentType;
        return new Answer((int)response.StatusCode, contentType?.ToString(), contentType?.MediaType, text, response);
    }
}
