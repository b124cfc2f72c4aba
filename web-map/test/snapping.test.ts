import { describe, expect, it } from 'vitest';
import { snap, nearestOnSegment, insertVertex, deleteVertex, midpoints, openRing, closeRing, ringsOf } from '../src/edit/snapping';

describe('snapping', () => {
  const vertices = [{ x: 100, y: 100 }, { x: 200, y: 100 }];
  const segments: [{ x: number; y: number }, { x: number; y: number }][] = [[{ x: 100, y: 100 }, { x: 200, y: 100 }]];
  it('snaps to a vertex within tolerance', () => expect(snap({ x: 105, y: 104 }, vertices, segments, 10)).toMatchObject({ kind: 'vertex', point: { x: 100, y: 100 }, index: 0 }));
  it('prefers a vertex to an edge that is nearer', () => expect(snap({ x: 108, y: 101 }, vertices, segments, 10)?.kind).toBe('vertex'));
  it('snaps to the nearest point of an edge', () => expect(snap({ x: 150, y: 107 }, vertices, segments, 10)).toMatchObject({ kind: 'edge', point: { x: 150, y: 100 }, index: 0, t: 0.5 }));
  it('does not snap beyond tolerance', () => expect(snap({ x: 150, y: 130 }, vertices, segments, 10)).toBeNull());
  it('clamps to the segment ends', () => expect(nearestOnSegment({ x: 300, y: 0 }, { x: 0, y: 0 }, { x: 100, y: 0 })).toEqual({ x: 100, y: 0 }));
});

describe('ring editing', () => {
  const square: [number, number][] = [[0, 0], [1, 0], [1, 1], [0, 1]];
  it('opens and closes rings', () => {
    expect(openRing(closeRing(square))).toEqual(square);
    expect(closeRing(square).at(-1)).toEqual([0, 0]);
  });
  it('inserts a vertex after an index', () => expect(insertVertex(square, 0, [0.5, 0])).toEqual([[0, 0], [0.5, 0], [1, 0], [1, 1], [0, 1]]));
  it('deletes a vertex but keeps a triangle', () => {
    expect(deleteVertex(square, 1)).toEqual([[0, 0], [1, 1], [0, 1]]);
    expect(deleteVertex([[0, 0], [1, 0], [1, 1]], 0)).toBeNull();
  });
  it('has one midpoint per edge, the closing edge included', () => expect(midpoints(square).at(-1)).toEqual({ after: 3, at: [0, 0.5] }));
  it('reads every ring of a multipolygon as snapping candidates', () => {
    expect(ringsOf({ type: 'MultiPolygon', coordinates: [[closeRing(square)], [closeRing(square)]] })).toHaveLength(2);
  });
});
