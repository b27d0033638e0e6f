import { describe, expect, it } from 'vitest';
import { actionOf, roleRefusal } from './refusal';
import type { Route } from './route';

const route = (method: Route['method'], summary: string, roles: Route['roles']): Route => ({
  method,
  summary,
  roles,
  path: '/x',
  operationId: 'x',
  tag: 'x',
  write: method !== 'get',
  successStatus: 200,
  run: () => Promise.reject(new Error('not called')),
  check: () => {
    throw new Error('not called');
  },
});

describe('refusals for people', () => {
  it('turns a route summary into what the caller tried to do', () => {
    expect(actionOf(route('get', 'Headcount as of a date, grouped', ['planner']))).toBe(
      'read headcount as of a date',
    );
    expect(actionOf(route('get', 'List regrade cases, optionally by status', ['auditor']))).toBe(
      'list regrade cases',
    );
    expect(actionOf(route('post', 'Complete an approved regrade: the grade changes', []))).toBe(
      'complete an approved regrade',
    );
  });

  it('says who was refused and which roles would do, in one or two sentences', () => {
    expect(
      roleRefusal('planner', route('get', "A person's recorded facts", ['hr-admin', 'auditor']))
        .detail,
    ).toBe(
      "A planner may not read a person's recorded facts. This needs the role hr-admin or auditor.",
    );
    expect(
      roleRefusal(
        'auditor',
        route('post', 'Record a DBS check', ['hr-admin', 'manager', 'approver']),
      ).detail,
    ).toBe(
      'An auditor may not record a DBS check. This needs the role hr-admin, manager or approver.',
    );
  });
});
