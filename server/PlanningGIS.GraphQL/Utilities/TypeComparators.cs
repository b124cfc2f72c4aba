using PlanningGIS.GraphQL.Language;
using PlanningGIS.GraphQL.Types;

namespace PlanningGIS.GraphQL.Utilities;

/// <summary>graphql-js typeFromAST, isEqualType, isTypeSubTypeOf and doTypesOverlap.</summary>
public static class TypeComparators
{
    /// <summary>The schema type a type reference names, or null if the named type is unknown.</summary>
    public static GraphQLType? TypeFromAst(Schema schema, TypeNode node) => node switch
    {
        ListTypeNode l => TypeFromAst(schema, l.Type) is { } inner ? new ListType(inner) : null,
        NonNullTypeNode n => TypeFromAst(schema, n.Type) is { } inner ? new NonNullType(inner) : null,
        NamedTypeNode named => schema.GetType(named.Name.Value),
        _ => null,
    };

    public static bool IsEqualType(GraphQLType a, GraphQLType b) => a switch
    {
        _ when ReferenceEquals(a, b) => true,
        NonNullType na => b is NonNullType nb && IsEqualType(na.OfType, nb.OfType),
        ListType la => b is ListType lb && IsEqualType(la.OfType, lb.OfType),
        _ => false,
    };

    /// <summary>Whether a value of <paramref name="maybeSubType"/> can be used where <paramref name="superType"/> is expected.</summary>
    public static bool IsTypeSubTypeOf(Schema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        if (ReferenceEquals(maybeSubType, superType))
        {
            return true;
        }
        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }
        if (maybeSubType is NonNullType nonNull)
        {
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        }
        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }
        if (maybeSubType is ListType)
        {
            return false;
        }
        return superType.IsAbstractType && maybeSubType is InterfaceType or ObjectType
            && schema.IsSubType((NamedType)superType, (NamedType)maybeSubType);
    }

    /// <summary>Whether two composite types can have a runtime object type in common.</summary>
    public static bool DoTypesOverlap(Schema schema, NamedType a, NamedType b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }
        if (a.IsAbstractType)
        {
            if (b.IsAbstractType)
            {
                foreach (var type in schema.GetPossibleTypes(a))
                {
                    if (schema.IsSubType(b, type))
                    {
                        return true;
                    }
                }
                return false;
            }
            return schema.IsSubType(a, b);
        }
        return b.IsAbstractType && schema.IsSubType(b, a);
    }
}
