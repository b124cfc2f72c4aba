using System.Text;
using System.Text.Json;
using static PlanningGIS.Host.Tests.GraphQL.GraphQLHttp;

namespace PlanningGIS.Host.Tests.GraphQL;

/// <summary>GraphQL over HTTP at /graphql on real Kestrel: media types, status codes, GET, auth.</summary>
public sealed class GraphQLTransportTests(HostFixture host) : IClassFixture<HostFixture>
{
    private HttpClient Client => host.Client;

    [Fact]
    public async Task A_POST_without_Accept_answers_200_in_application_json_with_a_content_length()
    {
        var answer = await Client.PostJsonAsync(new { query = "{ __typename }" });

        Assert.Equal(200, answer.Status);
        Assert.Equal("application/json; charset=utf-8", answer.ContentType);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", answer.Text);
        Assert.Equal(Encoding.UTF8.GetByteCount(answer.Text), answer.Response.Content.Headers.ContentLength);
        Assert.Equal("no-store", answer.Response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData(GraphQLResponseJson, GraphQLResponseJson)]
    [InlineData(Json, Json)]
    [InlineData("*/*", Json)]
    [InlineData("application/*", Json)]
    [InlineData("application/graphql-response+json; charset=utf-8, application/json; charset=utf-8", GraphQLResponseJson)]
    [InlineData("application/json, application/graphql-response+json", Json)]
    [InlineData("application/json;q=0.5, application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("text/plain, application/json;q=0.1", Json)]
    public async Task The_response_type_is_the_first_best_accepted_one(string accept, string expected)
    {
        var answer = await Client.PostJsonAsync(new { query = "{ __typename }" }, accept);

        Assert.Equal(200, answer.Status);
        Assert.Equal(expected, answer.MediaType);
        Assert.Equal("utf-8", answer.Response.Content.Headers.ContentType!.CharSet);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml, text/html")]
    [InlineData("application/json;q=0")]
    public async Task An_Accept_header_without_a_JSON_type_is_406(string accept)
    {
        var answer = await Client.PostJsonAsync(new { query = "{ __typename }" }, accept);

        Assert.Equal(406, answer.Status);
        Assert.Equal("NOT_ACCEPTABLE", answer.FirstCode);
    }

    [Fact]
    public async Task A_parse_error_is_400_without_data_in_graphql_response_json_and_200_in_application_json()
    {
        var modern = await Client.PostJsonAsync(new { query = "{" }, GraphQLResponseJson);
        var legacy = await Client.PostJsonAsync(new { query = "{" }, Json);

        Assert.Equal(400, modern.Status);
        Assert.Equal(GraphQLResponseJson, modern.MediaType);
        Assert.False(modern.HasData);
        Assert.Equal("GRAPHQL_PARSE_FAILED", modern.FirstCode);
        Assert.Equal(1, modern.Body.GetProperty("errors")[0].GetProperty("locations")[0].GetProperty("column").GetInt32() - 1);
        Assert.Equal(200, legacy.Status);
        Assert.Equal(Json, legacy.MediaType);
        Assert.Equal("GRAPHQL_PARSE_FAILED", legacy.FirstCode);
    }

    [Fact]
    public async Task A_validation_error_is_400_in_graphql_response_json_and_200_in_application_json()
    {
        const string invalid = "{ __typename(unknownArgument: 1) }";
        var modern = await Client.PostJsonAsync(new { query = invalid }, GraphQLResponseJson);
        var legacy = await Client.PostJsonAsync(new { query = invalid }, Json);

        Assert.Equal(400, modern.Status);
        Assert.False(modern.HasData);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", modern.FirstCode);
        Assert.Equal(200, legacy.Status);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", legacy.FirstCode);
    }

    [Fact]
    public async Task A_variable_coercion_failure_is_400_in_graphql_response_json_and_200_in_application_json()
    {
        var body = new { query = "query Q($id: ID!) { node(id: $id) { id } }", variables = new Dictionary<string, object?> { ["id"] = null } };
        var modern = await Client.PostJsonAsync(body, GraphQLResponseJson);
        var legacy = await Client.PostJsonAsync(body, Json);

        Assert.Equal(400, modern.Status);
        Assert.False(modern.HasData);
        Assert.Equal("BAD_USER_INPUT", modern.FirstCode);
        Assert.Equal(200, legacy.Status);
        Assert.False(legacy.HasData);
    }

    [Fact]
    public async Task An_unknown_operation_name_is_400_in_graphql_response_json()
    {
        var answer = await Client.PostJsonAsync(new { query = "query A { __typename }", operationName = "B" }, GraphQLResponseJson);

        Assert.Equal(400, answer.Status);
        Assert.Equal("OPERATION_RESOLUTION_FAILURE", answer.FirstCode);
    }

    [Fact]
    public async Task A_field_error_with_data_is_200_even_in_graphql_response_json()
    {
        // users needs an admin: anonymous gets a field error, and null data (the field is non-null).
        var answer = await Client.PostJsonAsync(new { query = "{ __typename users { totalCount } }" }, GraphQLResponseJson);

        Assert.Equal(200, answer.Status);
        Assert.True(answer.HasData);
        Assert.Equal(JsonValueKind.Array, answer.Body.GetProperty("errors").ValueKind);
        Assert.Equal("users", answer.Body.GetProperty("errors")[0].GetProperty("path")[0].GetString());
    }

    [Theory]
    [InlineData("{ \"query\": ", "not valid JSON")]
    [InlineData("", "not valid JSON")]
    [InlineData("NONSENSE", "not valid JSON")]
    [InlineData("[{\"query\":\"{ __typename }\"}]", "JSON object")]
    [InlineData("\"{ __typename }\"", "JSON object")]
    [InlineData("{\"qeury\":\"{ __typename }\"}", "\"query\" parameter is missing")]
    [InlineData("{\"query\":null}", "must be a string")]
    [InlineData("{\"query\":{\"a\":1}}", "must be a string")]
    [InlineData("{\"query\":\"{ __typename }\",\"variables\":[7]}", "\"variables\" parameter must be an object")]
    [InlineData("{\"query\":\"{ __typename }\",\"variables\":\"{}\"}", "\"variables\" parameter must be an object")]
    [InlineData("{\"query\":\"{ __typename }\",\"operationName\":1}", "\"operationName\" parameter must be a string")]
    [InlineData("{\"query\":\"{ __typename }\",\"extensions\":\"x\"}", "\"extensions\" parameter must be an object")]
    public async Task A_request_that_is_not_well_formed_is_400_in_both_media_types(string body, string message)
    {
        foreach (var accept in new[] { GraphQLResponseJson, Json })
        {
            var answer = await Client.PostRawAsync(body, "application/json", accept);

            Assert.Equal(400, answer.Status);
            Assert.Equal(accept, answer.MediaType);
            Assert.Equal("BAD_REQUEST", answer.FirstCode);
            Assert.Contains(message, answer.FirstMessage);
        }
    }

    [Fact]
    public async Task Null_optional_parameters_and_unknown_entries_are_ignored()
    {
        var answer = await Client.PostRawAsync(
            """{"query":"{ __typename }","variables":null,"operationName":null,"extensions":null,"futureEntry":1}""", "application/json", GraphQLResponseJson);

        Assert.Equal(200, answer.Status);
        Assert.False(answer.Body.TryGetProperty("errors", out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain;charset=UTF-8")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/graphql")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task A_POST_body_that_is_not_JSON_in_UTF8_is_415(string? contentType)
    {
        var answer = await Client.PostRawAsync("""{"query":"{ __typename }"}""", contentType, GraphQLResponseJson);

        Assert.Equal(415, answer.Status);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", answer.FirstCode);
    }

    [Fact]
    public async Task Charset_utf8_is_accepted_and_non_ASCII_text_arrives_intact()
    {
        var answer = await Client.PostRawAsync(
            """{"query":"query($name: String!) { __type(name: $name) { name } }","variables":{"name":"Quy hoạch 🏃"}}""",
            "application/json; charset=UTF-8", GraphQLResponseJson);

        Assert.Equal(200, answer.Status);
        Assert.Equal(JsonValueKind.Null, answer.Body.GetProperty("data").GetProperty("__type").ValueKind);
    }

    [Fact]
    public async Task Vietnamese_messages_are_written_as_UTF8_text_not_escapes()
    {
        var answer = await Client.PostJsonAsync(new { query = "{ me { username } }" }, Json, bearer: "expired");

        Assert.Contains("Phiên đăng nhập", answer.Text);
    }

    [Fact]
    public async Task GET_runs_a_query_with_variables_and_operation_name()
    {
        var answer = await Client.GetAsync("query A { a: __typename } query B($name: String!) { __type(name: $name) { name } }",
            """{"name":"Query"}""", "B", GraphQLResponseJson);

        Assert.Equal(200, answer.Status);
        Assert.Equal(GraphQLResponseJson, answer.MediaType);
        Assert.Equal("Query", answer.Body.GetProperty("data").GetProperty("__type").GetProperty("name").GetString());
    }

    [Fact]
    public async Task GET_with_an_empty_operation_name_means_none()
    {
        var answer = await Client.GetAsync("{ __typename }", operationName: "");

        Assert.Equal(200, answer.Status);
        Assert.Equal("Query", answer.Body.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Theory]
    [InlineData("mutation { login(username: \"a\", password: \"b\") { token } }", null)]
    [InlineData("query Q { __typename } mutation M { login(username: \"a\", password: \"b\") { token } }", "M")]
    [InlineData("mutation { __typename(bad: 1) }", null)]
    public async Task A_mutation_over_GET_is_405_with_Allow_POST_and_is_not_executed(string query, string? operationName)
    {
        foreach (var accept in new[] { GraphQLResponseJson, Json })
        {
            var answer = await Client.GetAsync(query, operationName: operationName, accept: accept);

            Assert.Equal(405, answer.Status);
            Assert.Equal("POST", string.Join(", ", answer.Response.Content.Headers.Allow));
            Assert.False(answer.HasData);
        }
    }

    [Fact]
    public async Task The_query_of_a_document_that_also_holds_a_mutation_runs_over_GET()
    {
        var answer = await Client.GetAsync("query Q { __typename } mutation M { login(username: \"a\", password: \"b\") { token } }",
            operationName: "Q", accept: GraphQLResponseJson);

        Assert.Equal(200, answer.Status);
    }

    [Theory]
    [InlineData(null, "query parameter is missing")]
    [InlineData("{ __typename }", "\"variables\" parameter must be a JSON object", "[1]")]
    [InlineData("{ __typename }", "\"variables\" parameter is not valid JSON", "{nope")]
    public async Task A_GET_that_is_not_well_formed_is_400(string? query, string message, string? variables = null)
    {
        var answer = await Client.GetAsync(query, variables, accept: GraphQLResponseJson);

        Assert.Equal(400, answer.Status);
        Assert.Contains(message, answer.FirstMessage);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_are_405_with_Allow_GET_POST(string method)
    {
        var answer = await Client.SendRawAsync(new HttpRequestMessage(new HttpMethod(method), "/graphql")
        {
            Content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json"),
        });

        Assert.Equal(405, answer.Status);
        Assert.Equal("GET, POST", string.Join(", ", answer.Response.Content.Headers.Allow));
    }

    [Fact]
    public async Task An_unknown_bearer_token_is_401_UNAUTHENTICATED_in_Vietnamese_in_both_media_types()
    {
        foreach (var accept in new[] { GraphQLResponseJson, Json })
        {
            var answer = await Client.PostJsonAsync(new { query = "{ __typename }" }, accept, bearer: "no-such-token");

            Assert.Equal(401, answer.Status);
            Assert.Equal(accept, answer.MediaType);
            Assert.Equal("UNAUTHENTICATED", answer.FirstCode);
            Assert.Equal("Phiên đăng nhập đã hết hạn hoặc không hợp lệ. Hãy đăng nhập lại.", answer.FirstMessage);
            Assert.False(answer.HasData);
            Assert.Equal("Bearer", answer.Response.Headers.WwwAuthenticate.Single().Scheme);
        }
        var get = await Client.GetAsync("{ __typename }", bearer: "no-such-token");
        Assert.Equal(401, get.Status);
    }

    [Fact]
    public async Task A_valid_bearer_token_reaches_the_resolvers_as_the_signed_in_account()
    {
        var signedIn = await host.As("planner").DataAsync("{ me { username roles } }");
        var anonymous = await Client.PostJsonAsync(new { query = "{ me { username } }" });

        Assert.Equal("planner.test", signedIn.GetProperty("me").GetProperty("username").GetString());
        Assert.Equal("PLANNER", signedIn.GetProperty("me").GetProperty("roles")[0].GetString());
        Assert.Equal(JsonValueKind.Null, anonymous.Body.GetProperty("data").GetProperty("me").ValueKind);
    }

    [Fact]
    public async Task A_body_of_several_megabytes_is_accepted()
    {
        var big = new string('x', 3 * 1024 * 1024);
        var answer = await Client.PostJsonAsync(
            new { query = "query($s: String!) { __type(name: $s) { name } }", variables = new { s = big } }, GraphQLResponseJson);

        Assert.Equal(200, answer.Status);
    }

    [Fact]
    public async Task A_browser_gets_GraphiQL_and_every_file_it_loads_comes_from_this_server()
    {
        var page = await Client.GetAsync(null, accept: Browser);
        var withQuery = await Client.GetAsync("{ __typename }", accept: Browser);

        Assert.True(page.Status == 200, "GraphiQL is not built (./planning-gis builds it: build_graphiql). " + page.Text);
        Assert.Equal("text/html", page.MediaType);
        Assert.Equal(200, withQuery.Status);
        Assert.Equal("text/html", withQuery.MediaType);
        Assert.Contains("id=\"graphiql\"", page.Text);
        Assert.DoesNotContain("//", System.Text.RegularExpressions.Regex.Replace(page.Text, "<!--.*?-->", ""), StringComparison.Ordinal);
        var files = System.Text.RegularExpressions.Regex.Matches(page.Text, "(?:src|href)=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Contains(files, f => f.EndsWith(".js", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith(".css", StringComparison.Ordinal));
        foreach (var file in files)
        {
            Assert.StartsWith("/graphiql/", file);
            using var response = await Client.GetAsync(file);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("immutable", response.Headers.CacheControl?.ToString());
            var content = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("https://unpkg.com", content);
            Assert.DoesNotContain("https://cdn.jsdelivr.net", content);
        }
    }

    [Fact]
    public async Task GraphiQL_files_outside_the_bundle_are_404()
    {
        using var traversal = await Client.GetAsync("/graphiql/..%2F..%2Fappsettings.json");
        using var missing = await Client.GetAsync("/graphiql/assets/nope.js");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, traversal.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task An_API_client_GET_without_query_is_400_not_GraphiQL()
    {
        var answer = await Client.GetAsync(null, accept: "*/*");

        Assert.Equal(400, answer.Status);
        Assert.Equal(Json, answer.MediaType);
    }
}
