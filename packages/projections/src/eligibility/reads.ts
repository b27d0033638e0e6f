import type { Database } from 'better-sqlite3';
import * as E from 'fp-ts/Either';
import type { Grade, Verdict } from '@ladder/domain';
import type { Runner } from '../runner/runner';
import { eligibilityOn } from './queries';

/**
 * The eligibility read model as the use cases ask it (the application's `EligibilityReads`
 * port): wait until the runner has applied the log through a position, then evaluate one
 * person from the read model's indexed tables — their own facts, the vacancies that decide
 * the vacancy criterion (or the one a case names) and their family's policies — never the
 * whole log.
 */
export const eligibilityReads = (db: Database, runner: Pick<Runner, 'waitFor'>) => ({
  through: (position: bigint): Promise<void> => runner.waitFor(position),
  verdictOn: (query: {
    readonly staffId: string;
    readonly effectiveOn: string;
    readonly knownAt: string;
    readonly toGrade?: Grade;
    readonly vacancyId?: string;
  }): Verdict | undefined => {
    const { staffId, ...asked } = query;
    const answer = eligibilityOn(db, staffId, asked);
    if (E.isRight(answer)) return answer.right;
    if (answer.left.code === 'StaffNotFound') return undefined;
    // The port's dates are already checked (branded); a refusal here is a defect.
    throw new Error(`eligibility read model refused ${answer.left.code}: ${answer.left.message}`);
  },
});
