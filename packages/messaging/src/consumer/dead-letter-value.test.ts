import { describe, expect, it } from 'vitest';
import { deadLetterValue } from './dead-letter-value';

describe('dead-letter value', () => {
  it('drops a personal part from a rejected JSON message and keeps the rest', () => {
    const sent = Buffer.from(
      JSON.stringify({ staffId: 'fw-1', course: '', personal: { name: 'Ada Lovelace' } }),
    );
    const copied = deadLetterValue(sent)?.toString() ?? '';
    expect(copied).not.toContain('Ada Lovelace');
    expect(JSON.parse(copied)).toEqual({
      staffId: 'fw-1',
      course: '',
      personal: { dropped: true },
    });
  });
  it('keeps other messages byte for byte', () => {
    const sent = Buffer.from('{"staffId":"fw-1","course":""}');
    expect(deadLetterValue(sent)).toBe(sent);
    const notJson = Buffer.from('not json');
    expect(deadLetterValue(notJson)).toBe(notJson);
    expect(deadLetterValue(null)).toBeNull();
  });
});
