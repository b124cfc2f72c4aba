namespace PlanningGIS.GraphQL.Execution;

/// <summary>
/// Produces a field's value. Return a completed ValueTask for synchronous values (no allocation);
/// the value may be a .NET object, list, dictionary or scalar, completed by the executor against
/// the field's type.
/// </summary>
public delegate ValueTask<object?> FieldResolver(ResolveContext context);
