using System.Net;
using PlanningGIS.Planning.Accounts;

namespace PlanningGIS.Planning.Api;

/// <summary>
/// Who sent a request: the signed-in account (null for anonymous), its session
/// (<see cref="AccountStore.SessionId"/>, for logout) and the client's address (the sign-in throttle).
/// The HTTP layer sets it once per request with <c>RequestContext.Set</c>; resolvers read it through
/// <see cref="ApiContext"/>.
/// </summary>
public sealed record Caller(Account? Account, string? SessionId, IPAddress? Address);
