import { StreamId, type Grade, type JobFamily } from '@ladder/domain';
import { addDays, addMonths } from './dates';
import { evidence } from './evidence';
import { assignManager, endManagement } from './line-management';
import { dbs, pdr, refresher, registration } from './recurring';
import {
  absences,
  censusRng,
  leaverFacts,
  personalFacts,
  postFteOf,
  socialWorkStart,
  starterFacts,
} from './census-facts';
import type { TruthVacancy } from './truth';
import { hr, type Person, type World } from './world';

// People arriving and leaving, and the vacancies between: a joiner starts their evidence and
// recurring facts; a leaver hands on their reports, and their post is advertised and usually
// filled by a new starter.

/** Whether the family's posts are social work ones (the census role of its grades). */
const isSocialWork = (w: World, family: JobFamily, on: string): boolean =>
  w.ladderOf(family, on).grades.some((g) => g.censusRole !== 'not-a-social-worker');

// Social workers sit in safeguarding teams; everyone else in family support.
const teamOf = (socialWork: boolean, zone: string) =>
  socialWork ? `${zone} Safeguarding` : `${zone} Family Support`;

export const join = (
  w: World,
  family: JobFamily,
  grade: Grade,
  zone: string,
  on: string,
): Person | null => {
  const id = `s${String(w.next('staff')).padStart(5, '0')}`;
  const socialWork = isSocialWork(w, family, on);
  const team = teamOf(socialWork, zone);
  const hours = w.rng.chance(0.7) ? 37 : w.rng.pick([30, 22.5, 18.5]);
  const censusSource = censusRng(w.seed, id);
  const starter = starterFacts(censusSource, socialWork);
  const p: Person = {
    id,
    family,
    grade,
    team,
    zone,
    hours,
    joinedOn: on,
    gradeSince: on,
    managerId: null,
    reports: new Set(),
    active: true,
    inRegrade: false,
    updateService: w.rng.chance(0.5),
    placement: {
      staffId: id,
      jobFamily: family,
      grade,
      team,
      zone,
      contractedHours: hours,
      engagement: starter.engagement,
      zeroHours: starter.zeroHours,
      from: on,
      to: null,
    },
    censusRng: censusSource,
  };
  const joined = w.staffCmd(
    p,
    'JoinStaff',
    {
      staffId: id,
      jobFamily: family,
      grade,
      team,
      zone,
      contractedHours: hours,
      joinedOn: on,
      ...starter.facts,
      personal: { name: `Staff ${id}`, ...personalFacts(censusSource, on) },
    },
    { on, actor: hr },
  );
  if (joined === null) return null;
  w.people.set(id, p);
  w.truth.placements.push(p.placement);
  evidence(w, p, on);
  dbs(w, p, on);
  const refresh = addDays(on, w.rng.int(5, 60));
  w.schedule(refresh, () => refresher(w, p, refresh));
  // A social worker is registered with the regulator (the census role says who is one).
  if (socialWork) {
    registration(w, p, on);
    socialWorkStart(w, p, on, starter.newlyQualified);
    absences(w, p, on);
  }
  const firstPdr = addMonths(on, w.rng.int(3, 12));
  w.schedule(firstPdr, () => pdr(w, p, firstPdr));
  return p;
};

// The demo council is a Children's Services department: every post it opens is in it, the
// service the seed policy's vacancy criterion asks for.
const serviceArea = 'childrens-services';

export const openVacancy = (
  w: World,
  family: JobFamily,
  grade: Grade,
  team: string,
  zone: string,
  on: string,
): TruthVacancy | null => {
  const vacancyId = `v${String(w.next('vacancy')).padStart(5, '0')}`;
  const fte = postFteOf(w.seed, vacancyId);
  const opened = w.rec.vacancy(
    StreamId.vacancy(vacancyId),
    {
      type: 'OpenVacancy',
      data: { vacancyId, jobFamily: family, grade, serviceArea, team, zone, openedOn: on, fte },
    },
    { on, actor: hr },
  );
  if (opened === null) return null;
  const v: TruthVacancy = {
    vacancyId,
    jobFamily: family,
    grade,
    serviceArea,
    team,
    openedOn: on,
    fte,
    closedOn: null,
  };
  w.truth.vacancies.push(v);
  return v;
};

export const leave = (w: World, p: Person, on: string): void => {
  if (!p.active || p.inRegrade) return;
  const manager = p.managerId === null ? undefined : w.people.get(p.managerId);
  if (manager !== undefined) endManagement(w, manager, p, on);
  const reports = [...p.reports].flatMap((r) => w.people.get(r) ?? []);
  for (const r of reports) endManagement(w, p, r, on);
  const leaving = { leftOn: on, ...leaverFacts(p.censusRng) };
  if (w.staffCmd(p, 'RecordLeaving', leaving, { on, actor: hr }) === null) return;
  p.active = false;
  p.placement.to = on;
  for (const r of reports) assignManager(w, r, on);
  // The post is advertised and, usually, filled by a new starter.
  const openOn = addDays(on, w.rng.int(3, 20));
  w.schedule(openOn, () => {
    const v = openVacancy(w, p.family, p.grade, p.team, p.zone, openOn);
    if (v === null) return;
    const closeOn = addDays(openOn, w.rng.int(30, 100));
    w.schedule(closeOn, () => {
      if (v.closedOn !== null) return;
      if (w.rng.chance(0.1)) {
        const done = w.rec.vacancy(
          StreamId.vacancy(v.vacancyId),
          { type: 'WithdrawVacancy', data: { withdrawnOn: closeOn, reason: 'budget' } },
          { on: closeOn, actor: hr, reason: 'budget' },
        );
        if (done !== null) v.closedOn = closeOn;
        return;
      }
      const starter = join(w, p.family, p.grade, p.zone, closeOn);
      if (starter === null) return;
      const filled = w.rec.vacancy(
        StreamId.vacancy(v.vacancyId),
        { type: 'FillVacancy', data: { staffId: starter.id, filledOn: closeOn } },
        { on: closeOn, actor: hr },
      );
      if (filled !== null) v.closedOn = closeOn;
      assignManager(w, starter, closeOn);
    });
  });
};
