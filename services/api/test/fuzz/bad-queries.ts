import fc from 'fast-check';
import { named, prototypeNames, unknownName } from './names';
import type { Operation } from './bad-requests';
import { exampleOf, outOfBoundsFor } from './schema-values';

// Bad query strings: unknown names (on any route), bad or repeated values of declared ones.

export const badQueries = (op: Operation) => {
  const declared = op.queryParams.map((p) => p.name);
  const arbs: fc.Arbitrary<{ defect: string; query: string; field: string }>[] = [
    fc
      .record({ name: unknownName(declared), value: fc.constantFrom('1', '', 'x', '__proto__') })
      .map(({ name, value }) => ({
        defect: prototypeNames.some((p) => p === name) ? 'prototype-query' : 'unknown-query',
        query: `${encodeURIComponent(name)}=${encodeURIComponent(value)}`,
        field: named(name),
      })),
  ];
  const bad = op.queryParams.flatMap((p) =>
    [
      ...outOfBoundsFor(p.schema),
      ...(Array.isArray(p.schema['enum']) ? ['zz-not-one'] : []),
      ...(p.schema['type'] === 'integer' ? ['abc', '1e3', '0x10'] : []),
      ...(typeof p.schema['description'] === 'string' &&
      p.schema['description'].startsWith('comma-separated')
        ? ['nope', 'grade,grade']
        : []),
    ]
      .filter((v): v is string | number => typeof v === 'string' || typeof v === 'number')
      .map((v) => ({ name: p.name, value: String(v) })),
  );
  if (bad.length > 0)
    arbs.push(
      fc.constantFrom(...bad).map(({ name, value }) => ({
        defect: 'bad-query-value',
        query: `${name}=${encodeURIComponent(value)}`,
        field: name,
      })),
    );
  if (op.queryParams.length > 0)
    arbs.push(
      fc.constantFrom(...op.queryParams).map((p) => {
        const v = encodeURIComponent(String(exampleOf(p.schema)));
        return { defect: 'repeated-query', query: `${p.name}=${v}&${p.name}=${v}`, field: p.name };
      }),
    );
  return fc.oneof(...arbs);
};
