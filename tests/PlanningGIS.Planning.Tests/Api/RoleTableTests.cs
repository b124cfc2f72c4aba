using System.Text;
using PlanningGIS.Planning.Api;
using PlanningGIS.Planning.Authorization;

namespace PlanningGIS.Planning.Tests.Api;

/// <summary>
/// The README's role table is the declared policies, written out: it cannot drift from what the API
/// enforces. On a difference the test prints the table to paste between the README's markers.
/// </summary>
public sealed class RoleTableTests
{
    private const string Begin = "<!-- roles: generated from the policies by RoleTableTests; do not edit by hand -->";
    private const string End = "<!-- roles: end -->";

    private static readonly string[] Columns = ["planner", "inspector", "investor", "admin", Policy.Anonymous];

    [Fact]
    public void The_readme_role_table_is_the_declared_policies()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        var start = readme.IndexOf(Begin, StringComparison.Ordinal);
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"README.md has no role table between \"{Begin}\" and \"{End}\".");
        var documented = readme[(start + Begin.Length)..end].Trim().ReplaceLineEndings("\n");

        var expected = Table();
        Assert.True(documented == expected, "README.md's role table differs from the policies; paste this between its markers:\n\n" + expected);
    }

    /// <summary>One row per policy, in the order features declare them, with the coordinates it guards.</summary>
    public static string Table()
    {
        var byPolicy = PlanningSchema.Policies.SelectMany(p => p).GroupBy(p => p.Policy.Name).ToList();
        var table = new StringBuilder();
        table.Append("| policy | ").AppendJoin(" | ", Columns).Append(" | schema coordinates |\n");
        table.Append("|---|").AppendJoin("", Columns.Select(_ => "---|")).Append("---|\n");
        foreach (var group in byPolicy)
        {
            var policy = group.First().Policy;
            table.Append($"| {policy.Name} | ")
                .AppendJoin(" | ", Columns.Select(role => policy.Roles.Contains(role) ? "✓" : policy.OwnerRole == role ? "own" : "–"))
                .Append(" | ")
                .AppendJoin("; ", group.GroupBy(p => p.Coordinate[..p.Coordinate.IndexOf('.')])
                    .Select(type => $"`{type.Key}`: " + string.Join(", ", type.Select(p => p.Coordinate[(p.Coordinate.IndexOf('.') + 1)..]))))
                .Append(" |\n");
        }
        return table.ToString().TrimEnd();
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PlanningGIS.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("PlanningGIS.sln not found above " + AppContext.BaseDirectory);
    }
}
