// The oracle is graphql@16, which predates two validation rules of the
// September 2025 edition of the specification. They are supplied here, with
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
