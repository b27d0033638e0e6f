import { describe, expect, it } from 'vitest';
import { derivedCommandId, derivedEventId, uuidV5 } from './deterministic-id';

describe('derived ids', () => {
  it('is RFC 4122 UUID v5 (known vector: www.example.com in the DNS namespace)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('handles non-ASCII names and long inputs (several SHA-1 blocks)', () => {
    expect(uuidV5('Bexley – Social Worker SW3 ✓'.repeat(20))).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('the same cause gives the same ids; another cause gives others', () => {
    expect(derivedCommandId('e-1', 'change-grade')).toBe(derivedCommandId('e-1', 'change-grade'));
    expect(derivedCommandId('e-1', 'change-grade')).not.toBe(
      derivedCommandId('e-2', 'change-grade'),
    );
    expect(derivedEventId('c', 0)).not.toBe(derivedEventId('c', 1));
  });
});
