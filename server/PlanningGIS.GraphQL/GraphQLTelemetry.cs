using System.Diagnostics;

namespace PlanningGIS.GraphQL;

/// <summary>
/// The engine's spans: <c>graphql.parse</c> and <c>graphql.validate</c> (only when a document is not in
/// the service's cache) and <c>graphql.execute</c> (tagged with the operation's type, name and estimated
/// cost). Plain System.Diagnostics: a host subscribes to <see cref="SourceName"/> (OpenTelemetry's
/// AddSource, or an ActivityListener); with no subscriber no span is created.
/// </summary>
public static class GraphQLTelemetry
{
    public const string SourceName = "PlanningGIS.GraphQL";

    internal static readonly ActivitySource Source = new(SourceName);

    internal static void Fail(this Activity activity, IReadOnlyList<GraphQLError> errors)
    {
        activity.SetStatus(ActivityStatusCode.Error, errors.Count > 0 ? errors[0].Message : null);
        if (errors.Count > 0 && errors[0].Code is { } code)
        {
            activity.SetTag("graphql.error.code", code);
        }
    }
}
