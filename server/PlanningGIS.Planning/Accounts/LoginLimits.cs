namespace PlanningGIS.Planning.Accounts;

/// <summary>
/// Configuration section "Planning:Login": how many failed sign-ins are allowed within
/// <see cref="Window"/> before further attempts are refused unchecked (HTTP 429 with Retry-After).
/// The defaults stop password guessing (5 guesses per account per quarter hour) without troubling
/// an office of a few dozen staff behind one address.
/// </summary>
public sealed class LoginLimits
{
    public const string Section = "Planning:Login";

    /// <summary>Failures per username; a successful sign-in of that user starts the count again.</summary>
    public int FailuresPerUsername { get; set; } = 5;

    /// <summary>Failures per client address, whatever the usernames (guessing across accounts).</summary>
    public int FailuresPerAddress { get; set; } = 50;

    /// <summary>How far back failures count; a refused client may try again when its oldest counted failure leaves the window.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);
}
