import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../test/harness';

// The OpenAPI document is generated from the same route table and codecs the server uses.

let h: Harness;
let doc: {
  openapi: string;
  paths: Record<
    string,
    Record<
      string,
      {
        'x-roles': string[];
        parameters: { name: string; schema: Record<string, unknown> }[];
        requestBody?: { content: Record<string, { schema: unknown }> };
        responses: Record<
          string,
          { content?: Record<string, { schema: Record<string, unknown> }> }
        >;
      }
    >
  >;
};
beforeAll(async () => {
  h = await startHarness();
  doc = (await (await fetch(`${h.url}/openapi.json`)).json()) as typeof doc;
});
afterAll(() => h.close());

/** Every schema node that is neither typed, constant, enumerated nor composed: an unconverted codec. */
const opaque = (node: unknown, at: string, out: string[]): string[] => {
  if (Array.isArray(node)) node.forEach((n, i) => opaque(n, `${at}[${i}]`, out));
  else if (typeof node === 'object' && node !== null) {
    const o = node as Record<string, unknown>;
    const isSchema = 'description' in o && Object.keys(o).length === 1;
    if (isSchema) out.push(at);
    for (const [k, v] of Object.entries(o)) opaque(v, `${at}.${k}`, out);
  }
  return out;
};

describe('GET /openapi.json', () => {
  it('documents every mounted route with its roles', () => {
    expect(doc.openapi).toBe('3.1.0');
    for (const route of h.ladder.routes) {
      const op = doc.paths[route.path]?.[route.method];
      expect(op, `${route.method} ${route.path}`).toBeDefined();
      expect(op?.['x-roles']).toEqual(route.roles);
    }
  });

  it('declares a response schema for every route, so a route without one fails here', () => {
    // 204 and 302 have no body to describe.
    const answering = h.ladder.routes.filter((r) => ![204, 302].includes(r.successStatus));
    const missing = answering.filter((route) => {
      const op = doc.paths[route.path]?.[route.method];
      // A file export declares its media type (text/csv) instead of JSON.
      const media = route.produces ?? 'application/json';
      const schema = op?.responses[String(route.successStatus)]?.content?.[media]?.schema;
      return (
        route.response === undefined || schema === undefined || Object.keys(schema).length === 0
      );
    });
    expect(missing.map((r) => `${r.method} ${r.path}`)).toEqual([]);
  });

  it('describes the aggregate reads with their state', () => {
    const staff = doc.paths['/staff/{staffId}']?.['get']?.responses['200']?.content?.[
      'application/json'
    ]?.schema as { required: string[]; properties: Record<string, unknown> };
    expect(staff.required).toEqual(
      expect.arrayContaining(['status', 'staffId', 'grade', 'directReports']),
    );
    expect(staff.properties['grade']).toMatchObject({
      type: 'string',
      // Grades are data (career frameworks): a pattern, never an enum a new family would outgrow.
      pattern: '^[A-Za-z0-9][A-Za-z0-9 .-]{0,19}$',
    });
  });

  it('converts every codec structurally (no opaque schema anywhere)', () => {
    expect(opaque(doc.paths, 'paths', [])).toEqual([]);
  });

  it('describes request bodies as the validator checks them', () => {
    const join = doc.paths['/staff']?.['post']?.requestBody?.content['application/json']
      ?.schema as {
      required: string[];
      additionalProperties: boolean;
      properties: Record<string, Record<string, unknown>>;
    };
    expect(join.required).toEqual(
      expect.arrayContaining([
        'staffId',
        'jobFamily',
        'grade',
        'team',
        'zone',
        'contractedHours',
        'joinedOn',
      ]),
    );
    expect(join.additionalProperties).toBe(false);
    expect(join.properties['joinedOn']).toMatchObject({ type: 'string', format: 'date' });
    expect(join.properties['grade']).toMatchObject({
      type: 'string',
      // Grades are data (career frameworks): a pattern, never an enum a new family would outgrow.
      pattern: '^[A-Za-z0-9][A-Za-z0-9 .-]{0,19}$',
    });
    expect(join.properties['staffId']).toMatchObject({
      type: 'string',
      pattern: expect.any(String) as string,
    });
  });

  it('says what the server enforces: bounds on every primitive, patterns on every header', () => {
    const loose: string[] = [];
    const visit = (node: unknown, at: string): void => {
      if (Array.isArray(node)) node.forEach((n, i) => visit(n, `${at}[${i}]`));
      else if (typeof node === 'object' && node !== null) {
        const o = node as Record<string, unknown>;
        const is = (name: string, bounds: Record<string, unknown>) => {
          if (o['description'] !== name) return;
          for (const [k, v] of Object.entries(bounds)) if (o[k] !== v) loose.push(`${at}.${k}`);
        };
        is('NonEmptyString', { type: 'string', minLength: 1, pattern: '\\S' });
        is('PositiveInteger', { type: 'integer', minimum: 1 });
        is('WeeklyHours', { type: 'number', exclusiveMinimum: 0, maximum: 168 });
        for (const [k, v] of Object.entries(o)) visit(v, `${at}.${k}`);
      }
    };
    visit(doc.paths, 'paths');
    expect(loose).toEqual([]);
    const join = doc.paths['/staff']?.['post'];
    const header = (name: string) => join?.parameters.find((p) => p.name === name)?.schema;
    expect(header('Idempotency-Key')).toMatchObject({ pattern: expect.any(String) as string });
    expect(header('If-Match')).toMatchObject({ pattern: expect.any(String) as string });
    expect(header('X-Reason')).toMatchObject({ minLength: 1, maxLength: 1000 });
    expect(header('X-Correlation-Id')).toMatchObject({ pattern: expect.any(String) as string });
  });
});
