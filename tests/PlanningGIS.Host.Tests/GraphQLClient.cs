using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace PlanningGIS.Host.Tests;

/// <summary>POST /graphql as a signed-in account (or anonymously), the way the web map calls it.</summary>
public sealed class GraphQLClient(HttpClient http, string? token)
{
    public sealed record Response(int Status, JsonElement Body)
    {
        public JsonElement Data => Body.GetProperty("data");

        public bool HasErrors => Body.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0;

        /// <summary>The first error's extensions.code.</summary>
        public string? ErrorCode => HasErrors && Body.GetProperty("errors")[0].TryGetProperty("extensions", out var ext)
            && ext.TryGetProperty("code", out var code) ? code.GetString() : null;

        public JsonElement FirstError => Body.GetProperty("errors")[0];
    }

    public async Task<Response> PostAsync(string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new Response((int)response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>A document that must succeed; the test fails with the errors otherwise.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        Assert.False(response.HasErrors, response.Body.ToString());
        return response.Data;
    }

    /// <summary>A document that must be refused with this code; returns the error.</summary>
    public async Task<JsonElement> RejectedAsync(string code, string query, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        Assert.True(response.HasErrors, "expected " + code + ", got " + response.Body);
        Assert.Equal(code, response.ErrorCode);
        return response.FirstError;
    }
}
