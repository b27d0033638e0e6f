import { StreamId, familyWorkerFramework } from '@ladder/domain';
import { fact, type GivenFact } from './spec';

// The staff facts most read-model specs start from, in the field's words.

/** A family worker joining North Family Support (37 hours a week unless said). */
export const joined = (id: string, grade: string, on: string, hours = 37): GivenFact =>
  fact(StreamId.staff(id), 'StaffJoined', {
    staffId: id,
    jobFamily: 'family-worker',
    grade,
    team: 'North Family Support',
    zone: 'North',
    contractedHours: hours,
    joinedOn: on,
  });

export const regraded = (id: string, from: string, to: string, on: string): GivenFact =>
  fact(StreamId.staff(id), 'GradeChanged', { from, to, changedOn: on });

export const left = (id: string, on: string): GivenFact =>
  fact(StreamId.staff(id), 'StaffLeft', { leftOn: on });

/** Withdraws an earlier fact of the person's stream, named by its event id. */
export const retracted = (id: string, eventId: string, on = '2020-06-01'): GivenFact =>
  fact(StreamId.staff(id), 'FactRetracted', {
    retractedEventId: eventId,
    reason: 'recorded in error',
    retractedOn: on,
  });

/** The seed Family Worker career framework, published (every ladder read model needs one). */
export const familyWorkerLadder = (publishedOn = '2017-07-20'): GivenFact =>
  fact(StreamId.framework('family-worker'), 'CareerFrameworkPublished', {
    document: familyWorkerFramework,
    publishedOn,
  });
