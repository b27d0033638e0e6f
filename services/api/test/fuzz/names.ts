import fc from 'fast-check';

// Names nobody declared, for unknown body keys and query parameters.

export const prototypeNames = [
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupGetter__',
] as const;

/** Field names nobody declared: prototype members, near-misses and arbitrary text. */
export const unknownName = (declared: readonly string[]) =>
  fc
    .oneof(
      fc.constantFrom(...prototypeNames),
      fc.constantFrom('bogus', 'id', 'Name', 'staffid', '$where', 'a.b', 'x[0]', ''),
      fc.string({ minLength: 1, maxLength: 12 }),
    )
    .filter((n) => !declared.includes(n) && n.trim() === n);

/** How a refusal names a key: an empty one as `""`. */
export const named = (key: string): string => (key === '' ? '""' : key);
