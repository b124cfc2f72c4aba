using PlanningGIS.GraphQL.Language;

namespace PlanningGIS.Host.Auth;

/// <summary>
/// Planning:AllowAnonymous (default true) lets visitors without an account see the investor's public
/// view. Switched off, only signing in is open to them: the API, the tiles and the files answer 401.
/// </summary>
public static class AnonymousAccess
{
    public const string Setting = "Planning:AllowAnonymous";

    public const string SignInFirst = "Hãy đăng nhập để sử dụng hệ thống.";

    public static bool Allowed(IConfiguration configuration) => configuration.GetValue(Setting, true);

    /// <summary>Whether the operation only signs in (login, __typename): the one thing anonymous may always do.</summary>
    public static bool IsSignInOnly(OperationDefinitionNode? operation) =>
        operation is not null && operation.SelectionSet.Selections.All(s => s is FieldNode { Name.Value: "login" or "__typename" });
}
