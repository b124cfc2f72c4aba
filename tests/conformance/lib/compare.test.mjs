// Self-checks of the comparison used by run.mjs (the harness must catch differences).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareResult } from './compare.mjs';

const exp = {
  data: { a: 1, b: { c: [1, 2] } },
  errors: [
    { message: 'x', locations: [{ line: 1, column: 3 }], path: ['a'] },
    { message: 'y', locations: [{ line: 2, column: 1 }], path: ['b', 'c', 1] },
  ],
};

test('harness: equal results pass', () => {
  const r = compareResult(exp, structuredClone(exp));
  assert.deepEqual([r.hard, r.messages, r.orderDiffers], [[], [], false]);
});
test('harness: key order of data matters', () => {
  assert.equal(compareResult(exp, { ...exp, data: { b: { c: [1, 2] }, a: 1 } }).hard.length, 1);
});
test('harness: data vs no data matters', () => {
  const { data, ...noData } = exp;
  assert.equal(compareResult(exp, noData).hard.length, 1);
  assert.equal(compareResult({ errors: exp.errors }, { ...exp, data: null }).hard.length, 1);
});
test('harness: error count, path and locations matter', () => {
  assert.equal(compareResult(exp, { ...exp, errors: exp.errors.slice(1) }).hard.length, 1);
  const badPath = structuredClone(exp);
  badPath.errors[1].path = ['b', 'c', 0];
  assert.equal(compareResult(exp, badPath).hard.length, 1);
  const badLoc = structuredClone(exp);
  badLoc.errors[0].locations = [{ line: 1, column: 4 }];
  assert.equal(compareResult(exp, badLoc).hard.length, 1);
});
test('harness: error order and extensions do not matter, messages are soft', () => {
  const other = structuredClone(exp);
  other.errors.reverse();
  other.errors[0].extensions = { code: 'X' };
  other.errors[1].message = 'different';
  const r = compareResult(exp, other);
  assert.deepEqual(r.hard, []);
  assert.equal(r.orderDiffers, true);
  assert.deepEqual(r.messages, [{ expected: 'x', actual: 'different' }]);
});
test('harness: an empty errors list is a failure', () => {
  assert.equal(compareResult({ data: { a: 1 } }, { data: { a: 1 }, errors: [] }).hard.length, 1);
});
test('harness: first difference names the path', async () => {
  const { firstDifference } = await import('./compare.mjs');
  assert.equal(firstDifference({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] }), 'a[1].b: expected 2, got 3');
  assert.equal(firstDifference({ a: 1, b: 2 }, { b: 2, a: 1 }), '(root): key order differs: expected a, b; got b, a');
  assert.equal(firstDifference({ a: [1] }, { a: [1, 2] }), 'a: expected 1 items, got 2; first extra 2');
  assert.equal(firstDifference({ a: 1 }, { a: 1 }), null);
});
