import { frameworkInForce, type FrameworkDocument } from '@ladder/domain';
import type { FundedPost } from './facts';
import type { CensusPeriod } from './period';
import type { WorkerRecord } from './worker-record';

/** The return's `LALevelVacancies` block. */
export interface LaLevelVacancies {
  /** FTE of social work posts vacant on 30 September (covered by an agency worker or not). */
  readonly vacanciesFte: number;
  readonly agencyFte: number;
  readonly agencyHeadcount: number;
}

const hundredths = (n: number): number => Math.round(n * 100) / 100;

const isSocialWorkPost = (
  frameworks: readonly FrameworkDocument[],
  post: FundedPost,
  on: string,
): boolean => {
  const role = frameworkInForce(frameworks, post.jobFamily, on)?.grades.find(
    (g) => g.code === post.grade,
  )?.censusRole;
  return role !== undefined && role !== 'not-a-social-worker';
};

/**
 * Vacancies are funded social work posts open on 30 September, as FTE; agency figures are
 * the agency records in place then (never de-duplicated).
 */
export const laLevelVacancies = (
  posts: readonly FundedPost[],
  records: readonly WorkerRecord[],
  period: CensusPeriod,
  frameworks: readonly FrameworkDocument[],
): LaLevelVacancies => {
  const ref = period.referenceDate;
  const open = posts.filter(
    (p) =>
      p.openedOn <= ref &&
      (p.closedOn === null || p.closedOn > ref) &&
      isSocialWorkPost(frameworks, p, ref),
  );
  const agency = records.filter((r) => r.agency && r.inPost);
  return {
    vacanciesFte: hundredths(open.reduce((sum, p) => sum + p.fte, 0)),
    agencyFte: hundredths(agency.reduce((sum, r) => sum + (r.fte30 ?? 0), 0)),
    agencyHeadcount: agency.length,
  };
};
