import type { AbsenceReason, Engagement, Ethnicity, Gender } from '@ladder/domain';
import { addDays } from './dates';
import { seededRng, type Rng } from './rng';
import { hr, type Person, type World } from './world';

// What the DfE workforce census asks of a social worker, generated for the demo council:
// engagement, where they came from and went, who they are (personal), their qualification
// and KSS status, and their absences. Each person draws from a source of their own, so the
// rest of the council (joins, leaves, regrades) is the same as before these facts existed.

/** The person's own source, from the council's seed and their staff number. */
export const censusRng = (seed: number, staffId: string): Rng =>
  seededRng((seed * 7919 + Number(staffId.replace(/\D/g, ''))) >>> 0);

/** One number a person keeps for their career: `SW` and six digits. */
export const registrationNumberOf = (staffId: string): string =>
  `SW${String(100000 + Number(staffId.replace(/\D/g, '')))}`;

const genders: readonly Gender[] = [
  'female',
  'female',
  'female',
  'female',
  'male',
  'not-specified',
];
const ethnicities: readonly Ethnicity[] = [
  'WBRI',
  'WBRI',
  'WBRI',
  'WBRI',
  'WBRI',
  'WBRI',
  'WOTH',
  'WIRI',
  'BAFR',
  'BCRB',
  'AIND',
  'APKN',
  'MWBC',
  'MOTH',
  'OOTH',
  'REFU',
];
const institutions = [
  'University of Kent',
  'Goldsmiths, University of London',
  'University of Greenwich',
  'Canterbury Christ Church University',
  'Open University',
];

export interface StarterFacts {
  readonly engagement: Engagement;
  readonly zeroHours: boolean;
  readonly newlyQualified: boolean;
  readonly facts: Record<string, unknown>;
}

/** What a starter's join records beyond their post: engagement, origin, personal items. */
export const starterFacts = (rng: Rng, socialWork: boolean): StarterFacts => {
  const engagement: Engagement = socialWork && rng.chance(0.12) ? 'agency' : 'employee';
  const zeroHours = engagement === 'employee' && rng.chance(0.02);
  const startOrigin =
    engagement === 'agency'
      ? 'agency-or-consultancy'
      : rng.pick([
          'newly-qualified',
          'newly-qualified',
          'local-authority-england',
          'local-authority-england',
          'agency-or-consultancy',
          'social-work-not-local-authority',
          'other-social-care',
          'not-social-care-or-career-break',
          'not-known',
        ]);
  return {
    engagement,
    zeroHours,
    newlyQualified: startOrigin === 'newly-qualified',
    facts: {
      engagement,
      startOrigin,
      ...(zeroHours ? { zeroHours } : {}),
    },
  };
};

/** Personal items for the join (erasable with the person), born so as to be 21–60 on joining. */
export const personalFacts = (
  rng: Rng,
  on: string,
): { dateOfBirth: string; gender: Gender; ethnicity: Ethnicity } => ({
  dateOfBirth: `${String(Number(on.slice(0, 4)) - rng.int(21, 60))}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
  gender: rng.pick(genders),
  ethnicity: rng.pick(ethnicities),
});

/** A social worker's qualifying degree and the KSS standard they work to on joining. */
export const socialWorkStart = (w: World, p: Person, on: string, newlyQualified: boolean): void => {
  const rng = p.censusRng;
  const roll = rng.next();
  w.staffCmd(
    p,
    'RecordQualification',
    {
      qualification: 'social-work-degree',
      awardedOn: addDays(on, -rng.int(30, newlyQualified ? 120 : 4000)),
      institution: rng.pick(institutions),
      level: rng.pick(['undergraduate', 'undergraduate', 'postgraduate', 'other']),
      ...(roll < 0.05 ? { programme: 'step-up' } : roll < 0.13 ? { programme: 'frontline' } : {}),
    },
    { on, actor: hr },
  );
  w.staffCmd(
    p,
    'RecordKssStatus',
    { status: newlyQualified ? 'asye' : 'practitioner', recognisedOn: on },
    { on, actor: hr },
  );
  // The assessed and supported year ends in a year: a practitioner from then.
  if (newlyQualified) {
    const after = addDays(on, 365);
    w.schedule(after, () => {
      if (p.active)
        w.staffCmd(
          p,
          'RecordKssStatus',
          { status: 'practitioner', recognisedOn: after },
          { on: after, actor: hr },
        );
    });
  }
};

const absenceReasons: readonly AbsenceReason[] = [
  'sickness',
  'sickness',
  'sickness',
  'sickness',
  'training',
  'other-paid',
  'maternity-paternity',
];

/** Absence episodes every so often while the person stays; some still open for a while. */
export const absences = (w: World, p: Person, from: string): void => {
  const rng = p.censusRng;
  const startedOn = addDays(from, rng.int(60, 420));
  w.schedule(startedOn, () => {
    if (!p.active) return;
    const reason = rng.pick(absenceReasons);
    const days = reason === 'maternity-paternity' ? rng.int(60, 200) : rng.int(1, 15);
    const endedOn = addDays(startedOn, days - 1);
    const workingDaysLost = Math.round((days * 5) / 7) || 1;
    if (rng.chance(0.8)) {
      w.staffCmd(
        p,
        'RecordAbsence',
        { reason, startedOn, endedOn, workingDaysLost },
        { on: startedOn, actor: hr },
      );
    } else {
      // Recorded when it starts, ended when the person is back.
      w.staffCmd(p, 'RecordAbsence', { reason, startedOn }, { on: startedOn, actor: hr });
      const back = addDays(endedOn, 1);
      w.schedule(back, () => {
        if (p.active)
          w.staffCmd(
            p,
            'EndAbsence',
            { startedOn, endedOn, workingDaysLost },
            { on: back, actor: hr },
          );
      });
    }
    absences(w, p, endedOn);
  });
};

/** Why a leaver left and where to. */
export const leaverFacts = (rng: Rng): Record<string, string> => ({
  destination: rng.pick([
    'local-authority-england',
    'local-authority-england',
    'agency-or-consultancy',
    'social-work-not-local-authority',
    'not-social-care-or-career-break',
    'other',
    'not-known',
  ]),
  leavingReason: rng.pick([
    'resignation',
    'resignation',
    'resignation',
    'retired',
    'dismissed',
    'other',
    'not-known',
  ]),
});

/** A funded post's FTE: most are whole posts, some half (from the post's own source). */
export const postFteOf = (seed: number, vacancyId: string): number =>
  censusRng(seed + 1, vacancyId).chance(0.15) ? 0.5 : 1;
