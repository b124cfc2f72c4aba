// Comparison of an engine's result with graphql-js's expected result.
// Hard differences fail the case; soft ones (message wording, error order) are
// reported separately (see README.md "What is compared").

const key = (e) => JSON.stringify([e.locations ?? [], e.path ?? []]);
const where = (e) =>
  `${e.path ? `path ${JSON.stringify(e.path)}` : 'no path'}, ${
    e.locations ? `locations ${e.locations.map((l) => `${l.line}:${l.column}`).join(',')}` : 'no locations'
  }`;

function normLocations(locs) {
  if (!Array.isArray(locs) || locs.length === 0) return undefined;
  return locs.map((l) => ({ line: l.line, column: l.column }));
}
function normPath(path) {
  if (!Array.isArray(path) || path.length === 0) return undefined;
  return path;
}
function normErrors(errors) {
  if (!Array.isArray(errors)) return [];
  return errors.map((e) => ({
    message: e && typeof e.message === 'string' ? e.message : String(e && e.message),
    locations: normLocations(e && e.locations),
    path: normPath(e && e.path),
  }));
}

const short = (v) => {
  const t = JSON.stringify(v);
  return t === undefined ? 'nothing' : t.length > 160 ? `${t.slice(0, 157)}...` : t;
};

/** The first place where two JSON values differ (key order included), as text. */
export function firstDifference(expected, actual, path = '') {
  const here = path || '(root)';
  if (Array.isArray(expected) || Array.isArray(actual)) {
    if (!Array.isArray(expected) || !Array.isArray(actual)) return `${here}: expected ${short(expected)}, got ${short(actual)}`;
    for (let i = 0; i < Math.min(expected.length, actual.length); i++) {
      const d = firstDifference(expected[i], actual[i], `${path}[${i}]`);
      if (d) return d;
    }
    if (expected.length !== actual.length) {
      return `${here}: expected ${expected.length} items, got ${actual.length}` +
        (expected.length > actual.length ? `; first missing ${short(expected[actual.length])}` : `; first extra ${short(actual[expected.length])}`);
    }
    return null;
  }
  const isObj = (v) => v !== null && typeof v === 'object';
  if (isObj(expected) || isObj(actual)) {
    if (!isObj(expected) || !isObj(actual)) return `${here}: expected ${short(expected)}, got ${short(actual)}`;
    const ek = Object.keys(expected);
    const ak = Object.keys(actual);
    for (const k of ek) if (!(k in actual)) return `${here}: missing key "${k}" (expected ${short(expected[k])})`;
    for (const k of ak) if (!(k in expected)) return `${here}: unexpected key "${k}" (${short(actual[k])})`;
    for (const k of ek) {
      const d = firstDifference(expected[k], actual[k], path ? `${path}.${k}` : k);
      if (d) return d;
    }
    if (ek.join('\u0000') !== ak.join('\u0000')) return `${here}: key order differs: expected ${ek.join(', ')}; got ${ak.join(', ')}`;
    return null;
  }
  return Object.is(expected, actual) || expected === actual ? null : `${here}: expected ${short(expected)}, got ${short(actual)}`;
}

/**
 * @returns {{ hard: string[], messages: {expected: string, actual: string}[], orderDiffers: boolean }}
 */
export function compareResult(expected, actual) {
  const hard = [];
  const messages = [];
  let orderDiffers = false;
  if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
    return { hard: [`result is not an object: ${JSON.stringify(actual)}`], messages, orderDiffers };
  }
  const expHasData = 'data' in expected;
  const actHasData = 'data' in actual;
  if (expHasData !== actHasData) {
    hard.push(
      expHasData
        ? `expected a "data" entry (${JSON.stringify(expected.data)}), the engine gave none`
        : `expected no "data" entry (request error), the engine gave data ${JSON.stringify(actual.data)}`,
    );
  } else if (expHasData) {
    const e = JSON.stringify(expected.data);
    const a = JSON.stringify(actual.data);
    if (e !== a) {
      const where = firstDifference(expected.data, actual.data) ?? 'serialized JSON differs';
      const full = e.length + a.length < 600 ? `\n  expected: ${e}\n  actual:   ${a}` : '';
      hard.push(`data differs at ${where}${full}`);
    }
  }

  const expErrors = normErrors(expected.errors);
  const actErrors = normErrors(actual.errors);
  if (actual.errors !== undefined && !Array.isArray(actual.errors)) hard.push('"errors" is not a list');
  if (Array.isArray(actual.errors) && actual.errors.length === 0) hard.push('"errors" is present but empty (must be absent)');
  if (expErrors.length !== actErrors.length) {
    hard.push(
      `expected ${expErrors.length} error(s), the engine gave ${actErrors.length}\n` +
        `  expected: ${JSON.stringify(expErrors.map((e) => e.message))}\n` +
        `  actual:   ${JSON.stringify(actErrors.map((e) => e.message))}`,
    );
    return { hard, messages, orderDiffers };
  }
  // Pair errors in order; if paths/locations do not line up, pair them after
  // sorting both sides by (locations, path): the order of errors is not part
  // of the spec (validation rule order, concurrent resolvers).
  let exp = expErrors;
  let act = actErrors;
  if (exp.some((e, i) => key(e) !== key(act[i]))) {
    const sorter = (a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
    exp = [...expErrors].sort(sorter);
    act = [...actErrors].sort(sorter);
    orderDiffers = true;
  }
  exp.forEach((e, i) => {
    const a = act[i];
    if (key(e) !== key(a)) {
      hard.push(`error #${i + 1} "${e.message}": expected ${where(e)}; the engine gave ${where(a)} ("${a.message}")`);
    } else if (e.message !== a.message) {
      messages.push({ expected: e.message, actual: a.message });
    }
  });
  return { hard, messages, orderDiffers };
}
