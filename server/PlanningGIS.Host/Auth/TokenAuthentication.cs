using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using PlanningGIS.Planning.Accounts;
using PlanningGIS.Planning.Api;

namespace PlanningGIS.Host.Auth;

/// <summary>
/// "Authorization: Bearer &lt;token&gt;" with a token issued by the login mutation. No header means
/// anonymous; an unknown or expired token fails authentication (the API answers UNAUTHENTICATED).
/// The <see cref="Account"/> it loads is kept for the rest of the request as its <see cref="Caller"/>
/// (<see cref="CallerOf"/>), so nothing downstream rebuilds it from claims.
/// </summary>
public sealed class TokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AccountStore accounts)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "PlanningToken";

    /// <summary>The message of a 401 for an unknown, expired or ended token, wherever it is sent.</summary>
    public const string InvalidTokenMessage = "Phiên đăng nhập đã hết hạn hoặc không hợp lệ. Hãy đăng nhập lại.";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.NoResult();
        var token = header["Bearer ".Length..].Trim();
        var account = await accounts.AuthenticateAsync(token, Context.RequestAborted);
        if (account is null)
            return AuthenticateResult.Fail("The token is unknown or has expired.");
        Context.Features.Set(new Caller(account, AccountStore.SessionId(token), Context.Connection.RemoteIpAddress));
        // The principal is for ASP.NET itself (logging scopes, HttpContext.User); the API reads the Caller.
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, account.Id.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, account.Username),
        };
        claims.AddRange(account.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }

    /// <summary>
    /// Who sent the request: the account and session authentication loaded (once per request), or
    /// anonymous; with the client's address either way.
    /// </summary>
    public static Caller CallerOf(HttpContext http) =>
        http.Features.Get<Caller>() ?? new Caller(null, null, http.Connection.RemoteIpAddress);
}
