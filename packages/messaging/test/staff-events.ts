// Domain-valid stored events for tests: what the API would have appended.
import { randomUUID } from 'node:crypto';
import { seedFrameworks } from '@ladder/domain';
import type { NewEvent } from '@ladder/event-store';

const envelope = (effectiveAt: string) => ({
  eventId: randomUUID(),
  schemaVersion: 1,
  effectiveAt,
  actor: { id: 'hr-officer-1', role: 'hr' },
  correlationId: randomUUID(),
  causationId: null,
});

export const staffJoined = (staffId: string, name = `Person ${staffId}`): NewEvent => ({
  ...envelope('2023-04-03T00:00:00.000Z'),
  type: 'StaffJoined',
  reason: `Appointed after interview (${name})`,
  data: {
    staffId,
    jobFamily: 'family-worker',
    grade: 'L1',
    team: 'north-locality',
    zone: 'dorset-north',
    contractedHours: 37,
    joinedOn: '2023-04-03',
    personal: { name, dateOfBirth: '1990-01-15' },
  },
});

export const trainingCompleted = (course: string, completedOn = '2024-05-01'): NewEvent => ({
  ...envelope(`${completedOn}T00:00:00.000Z`),
  type: 'TrainingCompleted',
  data: { course, completedOn },
});

/** The seed career frameworks as published (every Ladder start writes them): the ladders a vacancy or a grade is checked against. */
export const seedFrameworksPublished = (): { streamName: string; event: NewEvent }[] =>
  seedFrameworks.map((document) => ({
    streamName: `framework-${document.family}`,
    event: {
      ...envelope('2017-01-01T00:00:00.000Z'),
      type: 'CareerFrameworkPublished',
      data: { document, publishedOn: '2017-01-01' },
    },
  }));
