import type { Database } from 'better-sqlite3';
import { decodeFacts, holdsUntil } from '@ladder/domain';
import type { TableNamer } from '../runner/definition';
import type { EvaluationInputs } from './inputs';
import { VERDICT, type StaffRow } from './tables';

/**
 * Stores one person's verdict "as of now" — the latest date and recording the log holds
 * about them and the vacancies and policies that concern them — with the date until which
 * time alone leaves it as it is (the domain's `holdsUntil`); a leaver's verdict is dropped.
 */
export const staffEvaluator = (db: Database, t: TableNamer, inputs: EvaluationInputs) => {
  const dropVerdict = db.prepare(`DELETE FROM "${t(VERDICT)}" WHERE staff_id = ?`);
  const putVerdict =
    db.prepare(`INSERT OR REPLACE INTO "${t(VERDICT)}" (staff_id, job_family, from_grade, to_grade,
      effective_on, known_at, holds_until, outcome, eligible, summary, verdict)
    VALUES (@staffId, @family, @fromGrade, @toGrade, @effectiveOn, @knownAt, @holdsUntil, @outcome, @eligible, @summary, @verdict)`);

  return (row: StaffRow): void => {
    const { effectiveOn, knownAt } = inputs.clock(row);
    if (row.left_on !== null && row.left_on <= effectiveOn) {
      dropVerdict.run(row.staff_id);
      return;
    }
    const history = inputs.history(row, effectiveOn, knownAt, true);
    const policyFacts = inputs.policyFacts(row);
    // Decoded once for the verdict and every date "holds until" tries.
    const decoded = decodeFacts(history);
    const verdict = inputs.verdicts.verdictOn(
      decoded,
      policyFacts,
      row.staff_id,
      effectiveOn,
      knownAt,
    );
    const rules = inputs.verdicts.rulesAsKnown(policyFacts, knownAt);
    const until = holdsUntil({ verdict, history, decoded, policyFacts, rules });
    putVerdict.run({
      staffId: row.staff_id,
      family: row.job_family,
      fromGrade: verdict.fromGrade,
      toGrade: verdict.toGrade,
      effectiveOn,
      knownAt,
      holdsUntil: until,
      outcome: verdict.outcome,
      eligible: verdict.eligible ? 1 : 0,
      summary: verdict.summary,
      verdict: JSON.stringify(verdict),
    });
  };
};
