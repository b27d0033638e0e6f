import type { CriterionLine, Verdict } from '@ladder/domain';
import type { PersonChange, ResponsibleCriterion } from './report';

/** An essential criterion unmet: the only kind of line that makes a person not eligible. */
const holdsBack = (l: CriterionLine | undefined): boolean =>
  l?.importance === 'essential' && l.status === 'unmet';

const lineIn = (v: Verdict, criterionId: string): CriterionLine | undefined =>
  v.lines.find((l) => l.criterionId === criterionId);

/**
 * The criteria that turn one verdict into the other: an unmet essential on the losing side
 * that does not hold the person back on the winning side (met there, not applicable, only
 * desirable, or absent from that version).
 */
const responsibleFor = (current: Verdict, draft: Verdict): ResponsibleCriterion[] => {
  const losing = draft.eligible ? current : draft;
  const winning = draft.eligible ? draft : current;
  return losing.lines
    .filter((l) => holdsBack(l) && !holdsBack(lineIn(winning, l.criterionId)))
    .map((l) => {
      const c = lineIn(current, l.criterionId);
      const d = lineIn(draft, l.criterionId);
      const said = d ?? c ?? l;
      return {
        criterionId: l.criterionId,
        label: l.label,
        current: c?.status ?? 'absent',
        draft: d?.status ?? 'absent',
        currentImportance: c?.importance ?? 'absent',
        draftImportance: d?.importance ?? 'absent',
        detail: said.missing ?? said.detail,
      };
    });
};

const standing = (v: Verdict) => ({
  outcome: v.outcome,
  eligible: v.eligible,
  toGrade: v.toGrade,
  summary: v.summary,
});

/** How a person's eligibility would change, or null when it would not. */
export const changeOf = (current: Verdict, draft: Verdict): PersonChange | null =>
  current.eligible === draft.eligible
    ? null
    : {
        staffId: current.staffId,
        fromGrade: current.fromGrade,
        current: standing(current),
        draft: standing(draft),
        responsible: responsibleFor(current, draft),
      };

/** What a verdict says, criterion by criterion, leaving out the words of the labels. */
const said = (v: Verdict): string =>
  JSON.stringify([
    v.outcome,
    v.toGrade,
    v.lines.map((l) => [l.criterionId, l.importance, l.status, l.missing ?? l.detail]),
  ]);

/** The verdicts differ in what they say, though not in whether the person is eligible. */
export const explanationDiffers = (current: Verdict, draft: Verdict): boolean =>
  current.eligible === draft.eligible && said(current) !== said(draft);
