import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../test/harness';
import { auditor, join, planner, record } from '../../test/people';

// The auditor's timeline over HTTP: every event about a person, placed for one pair of axes,
// and the instants the person's facts were recorded — the slider's stops on the page.

let h: Harness;
interface Entry {
  readonly type: string;
  readonly status: string;
  readonly recordedAt: string;
}
const timeline = async (query = '') => {
  const res = await h.call('GET', `/audit/staff/tl-1/timeline${query}`, { as: auditor });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { recordedInstants: string[]; events: Entry[]; knownAt: string };
};

beforeAll(async () => {
  h = await startHarness();
  await join(h, 'tl-1', { joinedOn: '2022-04-01' });
  // a late fact: awarded in 2020, recorded today; then retracted
  const q = await record(h, 'tl-1', 'qualifications', {
    qualification: 'gcse-maths',
    awardedOn: '2020-06-01',
  });
  await record(h, 'tl-1', 'retractions', {
    eventId: (q.body['eventIds'] as string[])[0],
    reason: 'recorded against the wrong person',
  });
});
afterAll(() => h.close());

describe('GET /audit/staff/{staffId}/timeline', () => {
  it('as known now, on today: the retracted fact marked so, the others in effect', async () => {
    const now = await timeline();
    expect(now.events.map((e) => [e.type, e.status])).toEqual([
      ['StaffJoined', 'in-effect'],
      ['QualificationRecorded', 'retracted'],
      ['FactRetracted', 'in-effect'],
    ]);
    const distinct = [...new Set(now.events.map((e) => e.recordedAt))];
    expect(now.recordedInstants).toEqual(
      [...distinct].sort((a, b) => Date.parse(a) - Date.parse(b)),
    );
  });

  it('as known when the joining was recorded: the later facts are not yet known', async () => {
    const [joined] = (await timeline()).events;
    const at = encodeURIComponent(joined?.recordedAt ?? '');
    const then = await timeline(`?effectiveOn=2023-01-01&knownAt=${at}`);
    expect(then.knownAt).toBe(joined?.recordedAt);
    const late = then.events.filter((e) => e.recordedAt > (joined?.recordedAt ?? ''));
    expect(late.map((e) => e.status)).toEqual(late.map(() => 'not-yet-known'));
    expect(then.events[0]?.status).toBe('in-effect');
    // before the joining's own date it is known but not in effect
    const before = await timeline(`?effectiveOn=2021-01-01&knownAt=${at}`);
    expect(before.events[0]?.status).toBe('not-in-effect');
  });

  it('names a bad axis, 404s an unknown person, refuses a planner', async () => {
    const bad = await h.call('GET', '/audit/staff/tl-1/timeline?knownAt=yesterday', {
      as: auditor,
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('knownAt');
    const nobody = await h.call('GET', '/audit/staff/nobody/timeline', { as: auditor });
    expect(nobody.status).toBe(404);
    const refused = await h.call('GET', '/audit/staff/tl-1/timeline', { as: planner });
    expect(refused.status).toBe(403);
  });
});
