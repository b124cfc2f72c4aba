using PlanningGIS.GraphQL.Execution;
using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Utilities;
using PlanningGIS.GraphQL.Validation;

namespace PlanningGIS.GraphQL.Types;

/// <summary>
/// Chooses the resolver of a field that has no explicit one; null means "none usable" (a build error).
/// </summary>
public delegate FieldResolver? DefaultResolverFactory(ObjectType type, FieldDefinition field);

/// <summary>
/// Wraps the resolver of a field once, at build time (an authorization policy, say); returns
/// <paramref name="resolver"/> itself to leave the field as it is.
/// </summary>
public delegate FieldResolver FieldMiddleware(ObjectType type, FieldDefinition field, FieldResolver resolver);

/// <summary>
/// Builds a <see cref="Schema"/> from SDL (schema-first). Resolvers bind to "Type.field". As
/// graphql-js's buildSchema, the SDL is validated first (<see cref="SdlValidator"/>: unknown types
/// and directives, duplicates, misplaced directives…); if it is valid the schema is built
/// (<see cref="SchemaAstBuilder"/>), checked against the type-system rules
/// (<see cref="SchemaValidator"/>) and bound to .NET (<see cref="ResolverBinder"/>). Every problem
/// of the failing stage is reported at once as a <see cref="SchemaBuildException"/>.
/// </summary>
public sealed class SchemaBuilder
{
    private readonly List<DocumentNode> _documents = [];
    private readonly Dictionary<DocumentNode, string> _sourceNames = new();
    private readonly Dictionary<string, ScalarCoercion> _scalars = new();
    private readonly Bindings _bindings = new();

    /// <summary>What <see cref="ResolverBinder"/> binds: the .NET side of the schema.</summary>
    internal sealed class Bindings
    {
        public Dictionary<string, FieldResolver> Resolvers { get; } = new();

        public Dictionary<string, TypeResolver> TypeResolvers { get; } = new();

        public Dictionary<string, Type> ClrTypes { get; } = new();

        public Dictionary<string, Type> ClrEnums { get; } = new();

        public DefaultResolverFactory? DefaultResolver { get; set; }

        public List<FieldMiddleware> Middleware { get; } = [];
    }

    /// <summary>Adds SDL text (may be called several times; extensions apply across documents).</summary>
    public SchemaBuilder AddSdl(string sdl, string sourceName = "schema.graphql")
    {
        var document = Parser.Parse(new Source(sdl, sourceName));
        _documents.Add(document);
        _sourceNames[document] = sourceName;
        return this;
    }

    public SchemaBuilder AddDocument(DocumentNode document)
    {
        _documents.Add(document);
        return this;
    }

    /// <summary>Gives the SDL scalar <paramref name="name"/> its coercion. Unbound custom scalars pass values through unchanged (as graphql-js).</summary>
    public SchemaBuilder AddScalar(string name, ScalarCoercion coercion)
    {
        _scalars[name] = coercion;
        return this;
    }

    /// <summary>Binds a resolver to a field coordinate "Type.field".</summary>
    public SchemaBuilder Resolve(string coordinate, FieldResolver resolver)
    {
        if (!_bindings.Resolvers.TryAdd(coordinate, resolver))
        {
            throw new ArgumentException($"A resolver for \"{coordinate}\" is already bound.", nameof(coordinate));
        }
        return this;
    }

    /// <summary>Binds a synchronous resolver.</summary>
    public SchemaBuilder Resolve<T>(string coordinate, Func<ResolveContext, T> resolver)
    {
        if (typeof(Task).IsAssignableFrom(typeof(T)) || (typeof(T).IsGenericType && typeof(T).GetGenericTypeDefinition() == typeof(ValueTask<>)))
        {
            throw new ArgumentException($"The resolver for \"{coordinate}\" is asynchronous; use ResolveAsync.", nameof(resolver));
        }
        return Resolve(coordinate, (FieldResolver)(ctx => new ValueTask<object?>(resolver(ctx))));
    }

    /// <summary>Binds an asynchronous resolver.</summary>
    public SchemaBuilder ResolveAsync<T>(string coordinate, Func<ResolveContext, Task<T>> resolver) =>
        Resolve(coordinate, (FieldResolver)(async ctx => await resolver(ctx).ConfigureAwait(false)));

    /// <summary>How values of an interface or union find their object type (returns the type name).</summary>
    public SchemaBuilder ResolveType(string abstractTypeName, TypeResolver resolver)
    {
        _bindings.TypeResolvers[abstractTypeName] = resolver;
        return this;
    }

    /// <summary>
    /// Declares that values of object type <paramref name="typeName"/> are <paramref name="clrType"/>
    /// instances: fields without a resolver read the property of the same name (checked at build),
    /// and interfaces/unions resolve to this type for such values.
    /// </summary>
    public SchemaBuilder BindType(string typeName, Type clrType)
    {
        _bindings.ClrTypes[typeName] = clrType;
        return this;
    }

    public SchemaBuilder BindType<T>(string typeName) => BindType(typeName, typeof(T));

    /// <summary>Maps the GraphQL enum's values to members of a .NET enum (by name, ignoring case and underscores).</summary>
    public SchemaBuilder BindEnum<TEnum>(string typeName) where TEnum : struct, Enum
    {
        _bindings.ClrEnums[typeName] = typeof(TEnum);
        return this;
    }

    /// <summary>
    /// The resolver for fields without an explicit one and not covered by <see cref="BindType"/>.
    /// By default there is none, so such a field is a build error. See <see cref="DefaultResolvers"/>.
    /// </summary>
    public SchemaBuilder UseDefaultResolver(DefaultResolverFactory factory)
    {
        _bindings.DefaultResolver = factory;
        return this;
    }

    /// <summary>Wraps every object field's resolver (explicit or default) with <paramref name="middleware"/>; the first added runs outermost.</summary>
    public SchemaBuilder UseFieldMiddleware(FieldMiddleware middleware)
    {
        _bindings.Middleware.Add(middleware);
        return this;
    }

    public Schema Build()
    {
        var errors = SdlValidator.Validate(_documents);
        if (errors.Count == 0)
        {
            var ast = new SchemaAstBuilder(_documents, _scalars, errors);
            var schema = ast.Build();
            var binder = new ResolverBinder(schema, _bindings, errors);
            binder.BindEnums();
            ast.CoerceDefaults();
            errors.AddRange(SchemaValidator.Validate(schema));
            if (errors.Count == 0)
            {
                binder.Bind();
            }
            if (errors.Count == 0)
            {
                return schema;
            }
        }
        throw new SchemaBuildException(errors, SourceNameOf);
    }

    // The source name of the document a node is in ("schema.graphql", or the file a planning
    // module's SDL came from). Only needed when the build fails.
    private string? SourceNameOf(AstNode node) =>
        _documents.Count == 1 ? _sourceNames.GetValueOrDefault(_documents[0])
        : SourceLocator.Find(_documents, node) is { } document ? _sourceNames.GetValueOrDefault(document) : null;
}

/// <summary>
/// All problems found while building a schema. <see cref="Errors"/> has one line per problem, as
/// "message (source:line:column)" when it has a place in the SDL; <see cref="Details"/> has the
/// same problems as GraphQL errors with their locations.
/// </summary>
public sealed class SchemaBuildException : Exception
{
    internal SchemaBuildException(IReadOnlyList<GraphQLError> details, Func<AstNode, string?> sourceName)
        : this(details, details.Select(e => Format(e, sourceName)).ToList())
    {
    }

    /// <summary>Problems a schema's host finds after the build (e.g. fields without an authorization policy), without locations.</summary>
    public SchemaBuildException(IReadOnlyList<string> errors)
        : this(errors.Select(e => new GraphQLError(e)).ToList(), errors)
    {
    }

    private SchemaBuildException(IReadOnlyList<GraphQLError> details, IReadOnlyList<string> errors)
        : base("Invalid schema:\n" + string.Join("\n", errors.Select(e => "  - " + e)))
    {
        Details = details;
        Errors = errors;
    }

    public IReadOnlyList<string> Errors { get; }

    public IReadOnlyList<GraphQLError> Details { get; }

    // Each location with the file of the node it comes from (an error may name two files).
    private static string Format(GraphQLError error, Func<AstNode, string?> sourceName)
    {
        if (error.Locations is not { Count: > 0 } locations)
        {
            return error.Message;
        }
        var nodes = error.Nodes is { } all ? all.Where(n => n.Location.LineColumn is not null).ToList() : [];
        var places = locations.Select((l, i) =>
            (i < nodes.Count ? sourceName(nodes[i]) : null) is { } source ? $"{source}:{l.Line}:{l.Column}" : $"{l.Line}:{l.Column}");
        return $"{error.Message} ({string.Join(", ", places)})";
    }
}
