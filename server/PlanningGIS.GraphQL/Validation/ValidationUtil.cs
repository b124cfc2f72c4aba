using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Types;

namespace PlanningGIS.GraphQL.Validation;

/// <summary>Small helpers shared by the rules.</summary>
internal static class ValidationUtil
{
    /// <summary>A stable sort (as JavaScript's Array.prototype.sort) returning a new list.</summary>
    public static List<T> StableSort<T>(IReadOnlyList<T> items, Comparison<T> comparison)
    {
        var result = new List<T>(items);
        // Insertion sort: the lists sorted here are small, and it is stable.
        for (var i = 1; i < result.Count; i++)
        {
            var item = result[i];
            var j = i - 1;
            while (j >= 0 && comparison(result[j], item) > 0)
            {
                result[j + 1] = result[j];
                j--;
            }
            result[j + 1] = item;
        }
        return result;
    }

    /// <summary>graphql-js isRequiredArgument / isRequiredInputField: non-null without a default.</summary>
    public static bool IsRequired(InputValueDefinition definition) => definition.Type is NonNullType && !definition.HasDefaultValue;

    /// <summary>Groups nodes by name, keeping the order of first occurrence (graphql-js groupBy).</summary>
    public static List<(string Name, List<NameNode> Nodes)> GroupByName<T>(IReadOnlyList<T> items, Func<T, NameNode> name)
    {
        var groups = new List<(string Name, List<NameNode> Nodes)>();
        if (items.Count < 2)
        {
            return groups;
        }
        Dictionary<string, int>? index = null;
        foreach (var item in items)
        {
            var nameNode = name(item);
            index ??= new Dictionary<string, int>();
            if (index.TryGetValue(nameNode.Value, out var i))
            {
                groups[i].Nodes.Add(nameNode);
            }
            else
            {
                index[nameNode.Value] = groups.Count;
                groups.Add((nameNode.Value, [nameNode]));
            }
        }
        return groups;
    }
}
