import type { Database } from 'better-sqlite3';
import * as E from 'fp-ts/Either';
import { countBy, type Counted } from '../count-by';
import type { InvalidQuery } from '../query-error';
import { eligibilityPipeline } from './queries';

/** An unmet essential criterion and how many people it holds back. */
export type UnmetCount = { readonly criterion: string; readonly count: number };

/** People on one step of a family's ladder on the date: how many are eligible, and why not. */
export type PipelineCount = Counted<
  'jobFamily' | 'fromGrade' | 'toGrade',
  {
    readonly eligible: number;
    readonly notEligible: number;
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
        for (const e of g)
          for (const l of e.verdict.lines)
            if (l.importance === 'essential' && l.status === 'unmet')
              unmet.set(l.label, (unmet.get(l.label) ?? 0) + 1);
        return {
          eligible: g.filter((e) => e.verdict.eligible).length,
          notEligible: g.filter((e) => !e.verdict.eligible).length,
          unmetEssentials: [...unmet.entries()]
            .sort((a, b) => b[1] - a[1])
            .map(([criterion, count]) => ({ criterion, count })),
        };
      },
    ),
  );
};
