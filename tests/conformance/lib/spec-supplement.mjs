// The oracle is graphql@16, which predates two validation rules (and one
// type-system rule, rootTypesDifferent at the end) of the September 2025
// edition of the specification. They are supplied here, with
// the messages that graphql-js 17 uses, so that the corpus can cover them:
//
//  * Operation Type Existence: an operation whose root type the schema does not
//    define is invalid. (graphql@16 fails such a request at execution instead.)
//  * Single Root Field: a subscription's top-level selection must not use
//    @skip or @include. (graphql@16 evaluates them, and throws on a variable.)
import { GraphQLError, Kind, SingleFieldSubscriptionsRule, specifiedRules } from 'graphql';

export function OperationTypeExistenceRule(context) {
  return {
    OperationDefinition(node) {
      if (!context.getSchema().getRootType(node.operation)) {
        context.reportError(
          new GraphQLError(`The ${node.operation} operation is not supported by the schema.`, { nodes: node }),
        );
      }
    },
  };
}

/** The @skip/@include directives found in the top-level selection of an operation. */
function topLevelConditionals(context, selectionSet, seenFragments, found) {
  for (const selection of selectionSet.selections) {
    for (const directive of selection.directives ?? []) {
      if (directive.name.value === 'skip' || directive.name.value === 'include') found.push(directive);
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      topLevelConditionals(context, selection.selectionSet, seenFragments, found);
    } else if (selection.kind === Kind.FRAGMENT_SPREAD && !seenFragments.has(selection.name.value)) {
      seenFragments.add(selection.name.value);
      const fragment = context.getFragment(selection.name.value);
      if (fragment) topLevelConditionals(context, fragment.selectionSet, seenFragments, found);
    }
  }
  return found;
}

export function SingleRootFieldRule(context) {
  const legacy = SingleFieldSubscriptionsRule(context);
  return {
    OperationDefinition(node) {
      if (node.operation === 'subscription' && context.getSchema().getSubscriptionType()) {
        const conditionals = topLevelConditionals(context, node.selectionSet, new Set(), []);
        if (conditionals.length > 0) {
          const who = node.name ? `Subscription "${node.name.value}"` : 'Anonymous Subscription';
          context.reportError(
            new GraphQLError(`${who} must not use \`@skip\` or \`@include\` directives in the top level selection.`, {
              nodes: conditionals,
            }),
          );
          return;
        }
      }
      return legacy.OperationDefinition(node);
    },
  };
}

/** graphql@16's specifiedRules with the September 2025 rules above. */
export const oracleRules = Object.freeze(
  specifiedRules.flatMap((rule) => {
    if (rule === SingleFieldSubscriptionsRule) return [OperationTypeExistenceRule, SingleRootFieldRule];
    return [rule];
  }),
);

/**
 * The type-system rule "the query, mutation and subscription root types must all be different
 * types if provided" (September 2025 spec, 3.3.1), which graphql@16's validateSchema lacks: the
 * errors of graphql-js 17's validateRootTypes (its message; located at the schema's operation
 * type names). Run after validateSchema for the "build" stage.
 */
export function rootTypesDifferent(schema) {
  const operationTypeNode = (operation) =>
    [schema.astNode, ...schema.extensionASTNodes]
      .flatMap((node) => node?.operationTypes ?? [])
      .find((node) => node.operation === operation)?.type;
  const byType = new Map();
  for (const operation of ['query', 'mutation', 'subscription']) {
    const type = schema.getRootType(operation);
    if (type) byType.set(type, [...(byType.get(type) ?? []), operation]);
  }
  const errors = [];
  for (const [type, operations] of byType) {
    if (operations.length < 2) continue;
    const list = operations.length === 2 ? operations.join(' and ') : `${operations.slice(0, -1).join(', ')}, and ${operations.at(-1)}`;
    errors.push(new GraphQLError(`All root types must be different, "${type}" type is used as ${list} root types.`, {
      nodes: operations.map(operationTypeNode).filter(Boolean),
    }));
  }
  return errors;
}
