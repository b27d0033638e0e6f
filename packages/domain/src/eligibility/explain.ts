import type { CriterionLine, Verdict } from './verdict';

const mark: Readonly<Record<CriterionLine['status'], string>> = {
  met: 'met',
  unmet: 'UNMET',
  'not-applicable': 'n/a',
};

/** A verdict as plain text, one line per criterion: for people (CLI, audit reports). */
export const explainVerdict = (verdict: Verdict): string => {
  const head = [
    verdict.summary,
    `  asked: ${verdict.staffId} ${verdict.fromGrade ?? '?'}→${verdict.toGrade ?? '?'}, effective on ${verdict.effectiveOn}, as known at ${verdict.knownAt}`,
  ];
  const lines = verdict.lines.map((l) => {
    const rested = l.restedOn.length > 0 ? ` [${l.restedOn.join(', ')}]` : '';
    const missing = l.missing === undefined ? '' : `\n      missing: ${l.missing}`;
    return `  ${mark[l.status].padEnd(5)} ${l.importance.padEnd(9)} ${l.label} — ${l.detail}${rested}${missing}`;
  });
  return [...head, ...lines].join('\n');
};
