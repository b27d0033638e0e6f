import {
  evaluateDecoded,
  type IsoDate,
  type IsoDateTime,
  type Rules,
  type Verdict,
} from '@ladder/domain';
import type { Population, PreviewPerson } from './population';
import type { PersonChange, TeamChanges } from './report';
import { changeOf, explanationDiffers } from './responsible';
import { slices } from './slices';

export interface PreviewQuestion {
  readonly family: string;
  readonly effectiveOn: IsoDate;
  readonly knownAt: IsoDateTime;
}

export interface Evaluated {
  readonly person: PreviewPerson;
  readonly current: Verdict;
  readonly draft: Verdict;
}

export interface Comparison {
  readonly evaluated: readonly Evaluated[];
  readonly byTeam: readonly TeamChanges[];
  readonly gain: number;
  readonly lose: number;
  readonly explanationOnly: number;
}

const onStaff = (v: Verdict): boolean => v.outcome !== 'not-on-staff' && v.outcome !== 'has-left';

const byStaffId = (a: PersonChange, b: PersonChange): number =>
  a.staffId < b.staffId ? -1 : a.staffId > b.staffId ? 1 : 0;

/**
 * Everyone of the family on the staff on the date, judged by the domain's one evaluator under
 * the current rules and under the draft, as known at the same instant. In slices of a few
 * milliseconds, yielding to the event loop between them, so a large council's preview does not
 * hold up the requests that arrive meanwhile.
 */
export const compareUnder = async (
  population: Population,
  question: PreviewQuestion,
  current: Rules,
  draft: Rules,
): Promise<Comparison> => {
  const { family, effectiveOn, knownAt } = question;
  const vacancies = population.vacanciesOf(family);
  const people = population.people.filter((p) => p.jobFamily === family);
  const evaluated: Evaluated[] = [];
  const teams = new Map<string, { gain: PersonChange[]; lose: PersonChange[] }>();
  let explanationOnly = 0;
  const turn = slices();
  for (const person of people) {
    await turn.due();
    const facts = [...person.decoded, ...vacancies];
    const options = { effectiveOn, knownAt, staffId: person.staffId };
    const before = evaluateDecoded(facts, current, options);
    if (!onStaff(before)) continue;
    const after = evaluateDecoded(facts, draft, options);
    evaluated.push({ person, current: before, draft: after });
    const change = changeOf(before, after);
    if (change === null) {
      if (explanationDiffers(before, after)) explanationOnly++;
      continue;
    }
    const team = teams.get(person.team) ?? { gain: [], lose: [] };
    (after.eligible ? team.gain : team.lose).push(change);
    teams.set(person.team, team);
  }
  const byTeam = [...teams.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([team, c]) => ({ team, gain: c.gain.sort(byStaffId), lose: c.lose.sort(byStaffId) }));
  return {
    evaluated,
    byTeam,
    gain: byTeam.reduce((n, t) => n + t.gain.length, 0),
    lose: byTeam.reduce((n, t) => n + t.lose.length, 0),
    explanationOnly,
  };
};
