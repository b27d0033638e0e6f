import * as t from 'io-ts';

/** The five kinds of caller; every route names the roles it admits. */
export const Role = t.keyof(
  { 'hr-admin': null, manager: null, approver: null, planner: null, auditor: null },
  'Role',
);
export type Role = t.TypeOf<typeof Role>;

export const roles: readonly Role[] = ['hr-admin', 'manager', 'approver', 'planner', 'auditor'];

/** Who is calling, from a verified token. `id` is the token subject (a staff id for managers). */
export interface Principal {
  readonly id: string;
  readonly role: Role;
}
