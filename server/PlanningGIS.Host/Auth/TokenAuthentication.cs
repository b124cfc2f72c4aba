using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using PlanningGIS.Planning.Accounts;

namespace PlanningGIS.Host.Auth;

/// <summary>
/// "Authorization: Bearer &lt;token&gt;" with a token issued by the login mutation. No header means
/// anonymous; an unknown or expired token fails authentication (the API answers UNAUTHENTICATED).
/// </summary>
public sealed class TokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AccountStore accounts)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "PlanningToken";
    private const string InvestorClaim = "planninggis:investor";
    private const string SessionClaim = "planninggis:session";

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
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, account.Id.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, account.Username),
            new(ClaimTypes.GivenName, account.DisplayName),
            new(SessionClaim, AccountStore.SessionId(token)),
        };
        claims.AddRange(account.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        if (account.InvestorId is { } investorId)
            claims.Add(new Claim(InvestorClaim, investorId.ToString(CultureInfo.InvariantCulture)));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }

    /// <summary>The session (<see cref="AccountStore.SessionId"/>) a signed-in request came with, for logout.</summary>
    public static string? SessionOf(ClaimsPrincipal user) => user.FindFirstValue(SessionClaim);

    /// <summary>The signed-in account of a request, or null for anonymous.</summary>
    public static Account? AccountOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
            ? new Account(
                long.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture),
                user.FindFirstValue(ClaimTypes.Name)!,
                user.FindFirstValue(ClaimTypes.GivenName)!,
                user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList(),
                user.FindFirstValue(InvestorClaim) is { } investor ? long.Parse(investor, CultureInfo.InvariantCulture) : null)
            : null;
}
