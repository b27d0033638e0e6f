import type { Grade, JobFamily } from '../frameworks/codes';
import type { IsoDate } from '../primitives/time';
import type { KnownFact } from './known-facts';

/** A vacancy as it stood on the evaluation date. */
export interface VacancyView {
  readonly vacancyId: string;
  readonly jobFamily: JobFamily;
  readonly grade: Grade;
  /** The service the post is in (e.g. `childrens-services`). */
  readonly serviceArea: string;
  readonly status: 'open' | 'filled' | 'withdrawn';
  readonly eventIds: readonly string[];
}

/** What one criterion function may look at: the person's situation and their known facts. */
export interface EvidenceContext {
  readonly effectiveOn: IsoDate;
  readonly staffId: string;
  readonly jobFamily: JobFamily;
  readonly grade: Grade;
  readonly toGrade: Grade;
  /** When the person reached their current grade, and the event that says so. */
  readonly gradeSince: { readonly on: IsoDate; readonly eventId: string };
  /** The person's own facts (their stream only), as known and true on the dates asked. */
  readonly facts: readonly KnownFact[];
  readonly vacancies: readonly VacancyView[];
  /** The vacancy a regrade would fill, when one is named. */
  readonly vacancyId?: string;
}

/** What a criterion function returns; the evaluator adds the criterion's id, label, importance. */
export interface CriterionResult {
  readonly status: 'met' | 'unmet';
  readonly restedOn: readonly string[];
  readonly detail: string;
  readonly missing?: string;
}
