import type { Database } from 'better-sqlite3';
import * as t from 'io-ts';
import { StreamId, streamNameOf } from '@ladder/domain';
import type { EventStore } from '@ladder/event-store';
import type { DemoPerson } from '../auth/sign-in';
import { findDemoCast } from './demo';

// The people the demo sign-in offers, one per role, from the seeded demo council: the manager
// the printed journey uses (with their name from the council's personal data), and the ids the
// council's own history records HR and approvals under. The demo council has no planner or
// auditor acting in it, so those two have fixed demo ids.

const Joined = t.type({
  team: t.string,
  grade: t.string,
  personal: t.partial({ name: t.string }),
});

/** The manager's name, team and current number of direct reports, from their own stream. */
const describeManager = async (store: EventStore, staffId: string) => {
  let name = staffId;
  let team = '';
  const reports = new Set<string>();
  for await (const e of store.readStream(streamNameOf(StreamId.staff(staffId)))) {
    const data: unknown = e.data;
    if (e.type === 'StaffJoined' && Joined.is(data)) {
      name = data.personal.name ?? staffId;
      team = data.team;
    }
    const report = t.type({ reportId: t.string }).is(data) ? data.reportId : undefined;
    if (report === undefined) continue;
    if (e.type === 'LineManagerAssigned') reports.add(report);
    if (e.type === 'LineManagementEnded') reports.delete(report);
  }
  return { name, team, reports: reports.size };
};

const others: readonly DemoPerson[] = [
  {
    id: 'hr-approver-1',
    name: 'HR approver',
    role: 'approver',
    summary: 'Decides regrade cases: approves, rejects, completes (the council’s own approver)',
  },
  {
    id: 'planner-1',
    name: 'Workforce planner',
    role: 'planner',
    summary: 'Headcount, vacancies and the progression pipeline, as of any date',
  },
  {
    id: 'auditor-1',
    name: 'HR auditor',
    role: 'auditor',
    summary: 'Replays history: who recorded what, when, and why a verdict was reached',
  },
  {
    id: 'hr-admin-1',
    name: 'HR administrator',
    role: 'hr-admin',
    summary: 'Records staff, evidence and vacancies (the council’s own HR record keeper)',
  },
];

/** The demo people of the council in `store`; the manager is left out while there is none. */
export const findDemoPeople = async (
  store: EventStore,
  readDb: Database,
  today: string,
): Promise<readonly DemoPerson[]> => {
  const cast = await findDemoCast(store, readDb, today);
  if (cast === null) return others;
  const manager = await describeManager(store, cast.managerId);
  return [
    {
      id: cast.managerId,
      name: manager.name,
      role: 'manager',
      staffId: cast.managerId,
      summary: `Line manager of ${manager.reports} in ${manager.team}`,
    },
    ...others,
  ];
};
