import { seedFrameworks } from '../frameworks/seeds';
import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { StaffCommand } from '../commands/staff';
import { staffDecider } from '../deciders/staff';
import { command, event } from '../../test/build';
import { decodeEvent, encodeEvent } from './codec';
import { currentSchemaVersion } from './domain-event';
import { UNRECORDED_REVIEWER_ROLE } from './upcasters/pdr-v1';

const pdrV1 = {
  period: '2018-19',
  outcome: 'positive',
  reviewedOn: '2019-04-10',
  reviewerId: 'tm-2',
};

describe('event codecs', () => {
  it('encode gives the current schema version and plain JSON; decode gives the event back', () => {
    const dbs = event('DbsCheckRecorded', {
      level: 'enhanced-barred',
      checkedOn: '2023-03-01',
      updateService: true,
      personal: { certificateNumber: '001234567890' },
    });
    const encoded = encodeEvent(dbs);
    expect(encoded.schemaVersion).toBe(1);
    expect(decodeEvent(JSON.parse(JSON.stringify(encoded)) as typeof encoded)).toEqual(
      E.right(dbs),
    );
  });

  it('PdrRecorded is at schema version 2', () => {
    expect(currentSchemaVersion.PdrRecorded).toBe(2);
  });

  it('upcasts a v1 PDR (no reviewer role) to v2, saying the role was not recorded rather than guessing', () => {
    const decoded = decodeEvent({ type: 'PdrRecorded', schemaVersion: 1, data: pdrV1 });
    expect(decoded).toEqual(
      E.right({ type: 'PdrRecorded', data: { ...pdrV1, reviewerRole: UNRECORDED_REVIEWER_ROLE } }),
    );
  });

  it('a v2 PDR without a reviewer role is malformed, naming the field', () => {
    const decoded = decodeEvent({ type: 'PdrRecorded', schemaVersion: 2, data: pdrV1 });
    expect(decoded).toMatchObject(E.left({ code: 'MalformedEvent', field: 'data.reviewerRole' }));
  });

  it('an unknown event type is a typed error', () => {
    expect(decodeEvent({ type: 'StaffPromotedByMagic', schemaVersion: 1, data: {} })).toMatchObject(
      E.left({ code: 'UnknownEventType' }),
    );
  });

  it('a schema version from the future is a typed error', () => {
    expect(decodeEvent({ type: 'PdrRecorded', schemaVersion: 3, data: pdrV1 })).toMatchObject(
      E.left({ code: 'UnsupportedSchemaVersion' }),
    );
    expect(decodeEvent({ type: 'PdrRecorded', schemaVersion: 0, data: pdrV1 })).toMatchObject(
      E.left({ code: 'UnsupportedSchemaVersion' }),
    );
  });

  it('a bad date names the field', () => {
    const decoded = decodeEvent({
      type: 'QualificationRecorded',
      schemaVersion: 1,
      data: { qualification: 'ecdl', awardedOn: '2019-02-30' },
    });
    expect(decoded).toMatchObject(E.left({ code: 'MalformedEvent', field: 'data.awardedOn' }));
  });

  it('keeps personal data apart from the facts the rules use', () => {
    const joined = event('StaffJoined', {
      staffId: 's',
      jobFamily: 'family-worker',
      grade: 'L1',
      team: 't',
      zone: 'z',
      contractedHours: 37,
      joinedOn: '2021-01-04',
      personal: { name: 'Sam Carter', dateOfBirth: '1990-02-14' },
    });
    const { personal, ...facts } = joined.data;
    expect(personal).toEqual({ name: 'Sam Carter', dateOfBirth: '1990-02-14' });
    expect(JSON.stringify(facts)).not.toContain('Sam');
    // Erasing `personal` leaves an event that still decodes: the facts stand alone.
    expect(E.isRight(decodeEvent({ ...encodeEvent(joined), data: facts }))).toBe(true);
  });
});

describe('fields a schema does not know', () => {
  it('are dropped before storing, so nothing personal can ride along outside `personal`', () => {
    const stray = {
      qualification: 'ecdl',
      awardedOn: '2019-01-01',
      notes: 'caution for shoplifting, 2009',
    };
    const qualification = {
      type: 'QualificationRecorded' as const,
      data: event('QualificationRecorded', stray).data,
    };
    expect(encodeEvent(qualification).data).toEqual({
      qualification: 'ecdl',
      awardedOn: '2019-01-01',
    });
    expect(decodeEvent({ type: 'QualificationRecorded', schemaVersion: 1, data: stray })).toEqual(
      E.right({
        type: 'QualificationRecorded',
        data: { qualification: 'ecdl', awardedOn: '2019-01-01' },
      }),
    );
  });

  it('are dropped from a command body before it becomes an event', () => {
    const staffCommand = command(StaffCommand, 'RecordQualification', {
      qualification: 'ecdl',
      awardedOn: '2019-01-01',
      convictions: 'none declared',
    });
    const joined = event('StaffJoined', {
      staffId: 's',
      jobFamily: 'family-worker',
      grade: 'L1',
      team: 't',
      zone: 'z',
      contractedHours: 37,
      joinedOn: '2021-01-04',
    });
    const decided = staffDecider(seedFrameworks).decide(
      staffCommand,
      staffDecider(seedFrameworks).evolve(staffDecider(seedFrameworks).initialState, joined),
    );
    if (E.isLeft(decided)) throw new Error(decided.left.message);
    expect(decided.right.map(encodeEvent).map((e) => e.data)).toEqual([
      { qualification: 'ecdl', awardedOn: '2019-01-01' },
    ]);
  });
});
