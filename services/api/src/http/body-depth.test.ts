import { describe, expect, it } from 'vitest';
import { maxBodyDepth, tooDeepField } from './body-depth';

const nestedArrays = (levels: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = [value];
  return value;
};

describe('body depth', () => {
  it('accepts a body nested up to the limit and names the field one level past it', () => {
    expect(tooDeepField({ course: nestedArrays(maxBodyDepth - 1) })).toBeNull();
    expect(tooDeepField({ course: nestedArrays(maxBodyDepth) })).toBe('course');
    expect(tooDeepField({ a: { b: { c: 1 } }, d: [nestedArrays(maxBodyDepth)] })).toBe('d');
  });

  it('names the body when the root itself is too deep, and walks 100,000 levels without overflowing', () => {
    expect(tooDeepField(nestedArrays(maxBodyDepth + 1))).toBe('body');
    expect(tooDeepField({ x: nestedArrays(100_000) })).toBe('x');
  });

  it('passes what is not nested at all', () => {
    for (const flat of [undefined, null, 1, 'text', {}, []]) expect(tooDeepField(flat)).toBeNull();
  });
});
