using System.Collections;
using System.Text;

namespace PlanningGIS.GraphQL.Utilities;

/// <summary>Value text for error messages, in the style of graphql-js <c>inspect</c>.</summary>
public static class Inspector
{
    private const int MaxDepth = 2;
    private const int MaxItems = 10;

    public static string Inspect(object? value)
    {
        var sb = new StringBuilder();
        Write(sb, value, 0);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, object? value, int depth)
    {
        switch (value)
        {
            case null:
                sb.Append("null");
                return;
            case string s:
                sb.Append(Language.Printer.PrintString(s));
                return;
            case bool b:
                sb.Append(b ? "true" : "false");
                return;
            case IDictionary<string, object?> dict:
                WriteObject(sb, dict, depth);
                return;
            case IReadOnlyDictionary<string, object?> rdict:
                WriteObject(sb, rdict, depth);
                return;
            case IEnumerable list:
                WriteList(sb, list, depth);
                return;
        }
        if (Types.BuiltInScalars.AsDouble(value) is { } d)
        {
            sb.Append(JsNumber.Format(d));
            return;
        }
        sb.Append(value);
    }

    private static void WriteObject(StringBuilder sb, IEnumerable<KeyValuePair<string, object?>> entries, int depth)
    {
        if (!entries.Any())
        {
            sb.Append("{}");
            return;
        }
        if (depth >= MaxDepth)
        {
            sb.Append("[Object]");
            return;
        }
        sb.Append("{ ");
        var first = true;
        foreach (var (key, v) in entries)
        {
            if (!first)
            {
                sb.Append(", ");
            }
            first = false;
            sb.Append(key).Append(": ");
            Write(sb, v, depth + 1);
        }
        sb.Append(" }");
    }

    private static void WriteList(StringBuilder sb, IEnumerable list, int depth)
    {
        var items = list.Cast<object?>().ToList();
        if (items.Count == 0)
        {
            sb.Append("[]");
            return;
        }
        if (depth >= MaxDepth)
        {
            sb.Append("[Array]");
            return;
        }
        sb.Append('[');
        for (var i = 0; i < items.Count && i < MaxItems; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }
            Write(sb, items[i], depth + 1);
        }
        if (items.Count > MaxItems)
        {
            sb.Append(", ... ").Append(items.Count - MaxItems).Append(items.Count - MaxItems == 1 ? " more item" : " more items");
        }
        sb.Append(']');
    }
}
