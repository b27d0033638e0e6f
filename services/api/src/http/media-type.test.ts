import { describe, expect, it } from 'vitest';
import { hasBody, judgeMediaType } from './media-type';

describe('media type of a body', () => {
  it('reads application/json with no charset or UTF-8 only', () => {
    expect(judgeMediaType('application/json')).toBe('json');
    expect(judgeMediaType('Application/JSON; charset="UTF-8"')).toBe('json');
    expect(judgeMediaType('application/json; charset=utf-7')).toBe('not-utf-8');
    expect(judgeMediaType('application/json;charset=utf-16le')).toBe('not-utf-8');
  });

  it('refuses other JSON dialects and anything else', () => {
    for (const type of [
      'application/vnd.api+json',
      'application/merge-patch+json',
      'text/json',
      'text/plain',
      undefined,
    ])
      expect(judgeMediaType(type), String(type)).toBe('not-json');
  });

  it('knows a body is there by its length or its chunking', () => {
    expect(hasBody({ 'content-length': '0' })).toBe(false);
    expect(hasBody({ 'content-length': '12' })).toBe(true);
    expect(hasBody({ 'transfer-encoding': 'chunked' })).toBe(true);
    expect(hasBody({})).toBe(false);
  });
});
