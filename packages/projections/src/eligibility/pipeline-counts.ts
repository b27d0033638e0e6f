import type { Database } from 'better-sqlite3';
import * as E from 'fp-ts/Either';
import { countBy, type Counted } from '../count-by';
import type { InvalidQuery } from '../query-error';
import { eligibilityPipeline } from './pipeline';

/** An unmet essential criterion and how many people it holds back. */
export type UnmetCount = { readonly criterion: string; readonly count: number };

/** People on one step of a family's ladder on the date: how many are eligible, and why not. */
export type PipelineCount = Counted<
  'jobFamily' | 'fromGrade' | 'toGrade',
  {
    readonly eligible: number;
    readonly notEligible: number;
    /** Not eligible for want of exactly one essential criterion: the nearest to progressing. */
    readonly oneEssentialAway: number;
    /** Not eligible, with two or more essentials unmet. */
    readonly further: number;
    /** Most common first: where development effort would pay. */
    readonly unmetEssentials: readonly UnmetCount[];
  }
>;

/** The progression pipeline on a date, counted per family and step (people, not names). */
export const pipelineCounts = (
  db: Database,
  query: { readonly asOf: string },
): E.Either<InvalidQuery, PipelineCount[]> => {
  const entries = eligibilityPipeline(db, { asOf: query.asOf });
  if (E.isLeft(entries)) return entries;
  return E.right(
    countBy(
      entries.right.filter(
        (e) => e.verdict.toGrade !== null && e.verdict.outcome !== 'no-next-grade',
      ),
      (e) => ({
        jobFamily: e.verdict.jobFamily ?? 'unknown',
        fromGrade: e.verdict.fromGrade ?? 'unknown',
        toGrade: e.verdict.toGrade ?? 'unknown',
      }),
      (g) => {
        const unmet = new Map<string, number>();
        let oneEssentialAway = 0;
        for (const e of g) {
          const missing = e.verdict.lines.filter(
            (l) => l.importance === 'essential' && l.status === 'unmet',
          );
          for (const l of missing) unmet.set(l.label, (unmet.get(l.label) ?? 0) + 1);
          if (!e.verdict.eligible && missing.length === 1) oneEssentialAway += 1;
        }
        const notEligible = g.filter((e) => !e.verdict.eligible).length;
        return {
          eligible: g.length - notEligible,
          notEligible,
          oneEssentialAway,
          further: notEligible - oneEssentialAway,
          unmetEssentials: [...unmet.entries()]
            .sort((a, b) => b[1] - a[1])
            .map(([criterion, count]) => ({ criterion, count })),
        };
      },
    ),
  );
};
