using PlanningGIS.GraphQL.Introspection;
using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Utilities;

namespace PlanningGIS.GraphQL.Types;

/// <summary>Schema to SDL, identical to graphql-js <c>printSchema</c> (built-ins and introspection types omitted).</summary>
public static class SchemaPrinter
{
    public static string Print(Schema schema)
    {
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } schemaDef)
        {
            parts.Add(schemaDef);
        }
        parts.AddRange(schema.Directives.Where(d => !DirectiveDefinition.IsSpecified(d)).Select(PrintDirective));
        parts.AddRange(schema.Types
            .Where(t => !BuiltInScalars.IsBuiltIn(t) && !IntrospectionTypes.IsIntrospectionType(t))
            .Select(PrintType));
        return string.Join("\n\n", parts);
    }

    public static string PrintType(NamedType type) => type switch
    {
        ScalarType s => PrintDescription(s.Description) + "scalar " + s.Name + PrintSpecifiedBy(s),
        ObjectType o => PrintDescription(o.Description) + "type " + o.Name + PrintImplements(o) + PrintFields(o),
        InterfaceType i => PrintDescription(i.Description) + "interface " + i.Name + PrintImplements(i) + PrintFields(i),
        UnionType u => PrintDescription(u.Description) + "union " + u.Name
            + (u.Types.Count > 0 ? " = " + string.Join(" | ", u.Types.Select(t => t.Name)) : ""),
        EnumType e => PrintDescription(e.Description) + "enum " + e.Name + PrintBlock(e.Values.Select((v, i) =>
            PrintDescription(v.Description, "  ", i == 0) + "  " + v.Name + PrintDeprecated(v.DeprecationReason))),
        InputObjectType io => PrintDescription(io.Description) + "input " + io.Name + (io.IsOneOf ? " @oneOf" : "")
            + PrintBlock(io.Fields.Select((f, i) => PrintDescription(f.Description, "  ", i == 0) + "  " + PrintInputValue(f))),
        _ => throw new ArgumentException("Unknown type.", nameof(type)),
    };

    public static string PrintDirective(DirectiveDefinition directive) =>
        PrintDescription(directive.Description) + "directive @" + directive.Name + PrintArgs(directive.Arguments)
        + (directive.IsRepeatable ? " repeatable" : "") + " on " + string.Join(" | ", directive.Locations);

    private static string? PrintSchemaDefinition(Schema schema)
    {
        if (schema.Description is null && IsSchemaOfCommonNames(schema))
        {
            return null;
        }
        var operationTypes = new List<string> { "  query: " + schema.QueryType.Name };
        if (schema.MutationType is { } m)
        {
            operationTypes.Add("  mutation: " + m.Name);
        }
        if (schema.SubscriptionType is { } s)
        {
            operationTypes.Add("  subscription: " + s.Name);
        }
        return PrintDescription(schema.Description) + "schema {\n" + string.Join("\n", operationTypes) + "\n}";
    }

    private static bool IsSchemaOfCommonNames(Schema schema) =>
        schema.QueryType.Name == "Query"
        && (schema.MutationType is null || schema.MutationType.Name == "Mutation")
        && (schema.SubscriptionType is null || schema.SubscriptionType.Name == "Subscription");

    private static string PrintImplements(ComplexType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : "";

    private static string PrintFields(ComplexType type) =>
        PrintBlock(type.Fields.Select((f, i) => PrintDescription(f.Description, "  ", i == 0) + "  " + f.Name
            + PrintArgs(f.Arguments, "  ") + ": " + f.Type + PrintDeprecated(f.DeprecationReason)));

    private static string PrintBlock(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count > 0 ? " {\n" + string.Join("\n", list) + "\n}" : "";
    }

    private static string PrintArgs(IReadOnlyList<InputValueDefinition> args, string indentation = "")
    {
        if (args.Count == 0)
        {
            return "";
        }
        if (args.All(a => a.Description is null))
        {
            return "(" + string.Join(", ", args.Select(PrintInputValue)) + ")";
        }
        return "(\n" + string.Join("\n", args.Select((a, i) =>
            PrintDescription(a.Description, "  " + indentation, i == 0) + "  " + indentation + PrintInputValue(a)))
            + "\n" + indentation + ")";
    }

    private static string PrintInputValue(InputValueDefinition arg)
    {
        var decl = arg.Name + ": " + arg.Type;
        if (arg.HasDefaultValue && ValueConversion.AstFromValue(arg.DefaultValue, arg.Type) is { } defaultAst)
        {
            decl += " = " + Printer.Print(defaultAst);
        }
        return decl + PrintDeprecated(arg.DeprecationReason);
    }

    private static string PrintDeprecated(string? reason)
    {
        if (reason is null)
        {
            return "";
        }
        return reason != DirectiveDefinition.DefaultDeprecationReason
            ? " @deprecated(reason: " + Printer.PrintString(reason) + ")"
            : " @deprecated";
    }

    private static string PrintSpecifiedBy(ScalarType scalar) =>
        scalar.SpecifiedByUrl is null ? "" : " @specifiedBy(url: " + Printer.PrintString(scalar.SpecifiedByUrl) + ")";

    private static string PrintDescription(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return "";
        }
        var text = BlockString.IsPrintable(description) ? BlockString.Print(description) : Printer.PrintString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + text.Replace("\n", "\n" + indentation) + "\n";
    }
}
