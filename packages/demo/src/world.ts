import * as E from 'fp-ts/Either';
import {
  StreamId,
  frameworkInForce,
  seedFrameworks,
  seedPolicies,
  type FrameworkCatalogue,
  type FrameworkDocument,
  type Grade,
  type JobFamily,
  type PolicyDocument,
  type Rules,
} from '@ladder/domain';
import { addMonths } from './dates';
import { idSource } from './ids';
import { councilRecorder, type CouncilRecorder, type Envelope } from './recorder';
import { seededRng, type Rng } from './rng';
import type { CouncilTruth, Placement } from './truth';

// The council while it is being generated: its people, its diary of things to happen, its
// record of the truth, and the recorder that turns commands into events through the deciders.

export interface CouncilOptions {
  readonly seed: number;
  /** Staff on the books at the start (leavers are replaced, so it stays near this). */
  readonly staff: number;
  readonly years: number;
  /** `YYYY-MM-DD`, default 2019-04-01. */
  readonly startDate?: string;
}

export interface Person {
  readonly id: string;
  readonly family: JobFamily;
  grade: Grade;
  readonly team: string;
  readonly zone: string;
  readonly hours: number;
  readonly joinedOn: string;
  gradeSince: string;
  managerId: string | null;
  readonly reports: Set<string>;
  active: boolean;
  inRegrade: boolean;
  readonly updateService: boolean;
  placement: Placement;
  /** The person's own source for their census facts (see census-facts.ts). */
  readonly censusRng: Rng;
}

export const hr = { id: 'hr-admin-1', role: 'hr' };
export const hrApprover = { id: 'hr-approver-1', role: 'hr' };

/** A branded value built by its codec (the generator's own dates are always valid). */
export const brand = <A>(
  codec: { decode: (u: unknown) => E.Either<unknown, A> },
  value: string,
): A => {
  const decoded = codec.decode(value);
  if (E.isLeft(decoded)) throw new Error(`the demo council built an invalid value ${value}`);
  return decoded.right;
};

export interface World {
  readonly seed: number;
  readonly rng: Rng;
  readonly newId: () => string;
  readonly rec: CouncilRecorder;
  readonly startDate: string;
  readonly endDate: string;
  readonly truth: CouncilTruth;
  readonly people: Map<string, Person>;
  readonly policies: readonly PolicyDocument[];
  /** The seed career frameworks, published first: the families and ladders the council has. */
  readonly frameworks: FrameworkCatalogue;
  /** Policies and frameworks, as eligibility is judged against them. */
  readonly rules: Rules;
  /** The family's ladder in force on a date (every family the council has has one). */
  ladderOf(family: JobFamily, on: string): FrameworkDocument;
  /** Runs `action` on `date` (in the order scheduled); nothing on or after the end date. */
  schedule(date: string, action: () => void): void;
  /** The next number of a kind, for readable ids (`s00001`, `v00001`, `c00001`). */
  next(kind: 'staff' | 'vacancy' | 'case'): number;
  staffCmd(
    p: Person,
    type: Parameters<CouncilRecorder['staff']>[1]['type'],
    data: object,
    envelope: Envelope,
  ): ReturnType<CouncilRecorder['staff']>;
  criteriaOf(family: JobFamily): PolicyDocument['criteria'];
  /** Who records a person's manager-owned facts: their line manager, or HR without one. */
  managerActor(p: Person): { readonly id: string; readonly role: string };
  /** Does what the diary holds for `day`; actions may add more for the same day, run in turn. */
  runDay(day: string): void;
}

export const newWorld = (options: CouncilOptions): World => {
  const newId = idSource(options.seed);
  const frameworks = seedFrameworks;
  const rec = councilRecorder(newId, frameworks);
  const startDate = options.startDate ?? '2019-04-01';
  const endDate = addMonths(startDate, 12 * options.years);
  const agenda = new Map<string, (() => void)[]>();
  const sequences = { staff: 0, vacancy: 0, case: 0 };
  const policies: PolicyDocument[] = [...seedPolicies];
  return {
    seed: options.seed,
    rng: seededRng(options.seed),
    newId,
    rec,
    startDate,
    endDate,
    truth: { startDate, endDate, placements: [], vacancies: [], regradeCases: [] },
    people: new Map(),
    policies,
    frameworks,
    rules: { policies, frameworks },
    ladderOf: (family, on) => {
      const ladder =
        frameworkInForce(frameworks, family, on) ?? frameworks.find((f) => f.family === family);
      if (ladder === undefined) throw new Error(`the demo council has no ${family} framework`);
      return ladder;
    },
    schedule: (date, action) => {
      if (date >= endDate) return;
      const today = agenda.get(date) ?? [];
      today.push(action);
      agenda.set(date, today);
    },
    next: (kind) => ++sequences[kind],
    staffCmd: (p, type, data, envelope) =>
      rec.staff(StreamId.staff(p.id), { type, data }, envelope),
    criteriaOf: (family) => policies.filter((p) => p.family === family).flatMap((p) => p.criteria),
    managerActor: (p) => (p.managerId === null ? hr : { id: p.managerId, role: 'manager' }),
    runDay: (day) => {
      const actions = agenda.get(day);
      if (actions === undefined) return;
      for (let i = 0; i < actions.length; i++) actions[i]?.();
      agenda.delete(day);
    },
  };
};
