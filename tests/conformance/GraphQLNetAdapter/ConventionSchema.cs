using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQLParser.AST;

namespace PlanningGIS.Conformance.GraphQLNet;

/// <summary>A case's SDL as a GraphQL.NET schema-first schema, wired with the suite's resolver convention.</summary>
internal static class ConventionSchema
{
    private static readonly HashSet<string> BuiltInScalars = ["String", "Int", "Float", "Boolean", "ID"];

    public static (ISchema? Schema, string? Error) Build(string sdl)
    {
        try
        {
            var definitions = GraphQLParser.Parser.Parse(sdl).Definitions;
            var subscriptionType = definitions.OfType<GraphQLSchemaDefinition>().SelectMany(d => d.OperationTypes)
                .FirstOrDefault(o => o.Operation == OperationType.Subscription)?.Type?.Name.StringValue ?? "Subscription";
            Schema? schema = null;
            schema = Schema.For(sdl, builder =>
            {
                foreach (var definition in definitions)
                {
                    switch (definition)
                    {
                        case GraphQLObjectTypeDefinition type:
                            Wire(builder.Types.For(type.Name.StringValue), type.Fields?.Items, type.Name.StringValue == subscriptionType);
                            break;
                        case GraphQLObjectTypeExtension extension:
                            Wire(builder.Types.For(extension.Name.StringValue), extension.Fields?.Items, extension.Name.StringValue == subscriptionType);
                            break;
                        case GraphQLInterfaceTypeDefinition or GraphQLUnionTypeDefinition:
                            // Resolved by the value's "__typename" (an unknown name gives null: GraphQL.NET's own error).
                            builder.Types.For(((GraphQLTypeDefinition)definition).Name.StringValue).ResolveType =
                                value => (Convention.TypeName(value) is { } name ? schema!.AllTypes[name] as IObjectGraphType : null)!;
                            break;
                    }
                }
            });
            // GraphQL.NET needs a class for each custom scalar; the suite's are the identity.
            foreach (var scalar in definitions.OfType<GraphQLScalarTypeDefinition>().Where(s => !BuiltInScalars.Contains(s.Name.StringValue)))
            {
                schema.RegisterType(new IdentityScalar(scalar.Name.StringValue, scalar.Description?.Value.ToString()));
            }
            // Off by default in GraphQL.NET 8; the suite's introspection query asks for both.
            schema.Features.RepeatableDirectives = true;
            schema.Features.DeprecationOfInputValues = true;
            schema.Initialize();
            return (schema, null);
        }
        catch (Exception e)
        {
            return (null, "schema build failed: " + e.Message);
        }
    }

    private static void Wire(GraphQL.Utilities.TypeConfig type, List<GraphQLFieldDefinition>? fields, bool subscription)
    {
        foreach (var field in (IEnumerable<GraphQLFieldDefinition>?)fields ?? [])
        {
            var name = field.Name.StringValue;
            var config = type.FieldFor(name);
            config.Resolver = new FuncFieldResolver<object>(context => Convention.Resolve(name, context));
            if (subscription)
            {
                // GraphQL.NET refuses a subscription field without one; the suite only validates subscriptions.
                config.StreamResolver = new SourceStreamResolver<object>(_ => NoEvents.Instance);
            }
        }
    }

    private sealed class NoEvents : IObservable<object?>, IDisposable
    {
        public static readonly NoEvents Instance = new();

        public IDisposable Subscribe(IObserver<object?> observer)
        {
            observer.OnCompleted();
            return this;
        }

        public void Dispose()
        {
        }
    }
}
