import { describe, it } from 'vitest';
import { FrameworkCommand } from '../commands/framework';
import { familyWorkerFramework, socialWorkerFramework } from '../frameworks/seeds';
import { command, event } from '../../test/build';
import { spec } from '../../test/spec';
import { frameworkDecider } from './framework';

const framework = spec(frameworkDecider);
const publish = (document: unknown, at = '2026-12-02T09:00:00Z') =>
  command(FrameworkCommand, 'PublishCareerFramework', { document }, { at });
const published = (document: unknown, publishedOn: string) =>
  event('CareerFrameworkPublished', { document, publishedOn });

const v1 = published(familyWorkerFramework, '2017-07-20');
/** Version 2 from 1 April 2027: Level 2 may line-manage 8, and a Level 4 is added. */
const v2 = {
  ...familyWorkerFramework,
  version: 2,
  effectiveFrom: '2027-04-01',
  grades: [
    ...familyWorkerFramework.grades.map((g) => (g.code === 'L2' ? { ...g, spanOfControl: 8 } : g)),
    {
      code: 'L4',
      label: 'Level 4 (Dorset Grade 11)',
      spanOfControl: 8,
      censusRole: 'not-a-social-worker',
    },
  ],
};
const residential = {
  family: 'residential-care-worker',
  version: 1,
  effectiveFrom: '2026-01-01',
  title: 'Residential Care Worker',
  employer: 'Dorset Council',
  route: 'assessment',
  grades: [
    {
      code: 'RCW1',
      label: 'Residential Care Worker 1',
      spanOfControl: 0,
      censusRole: 'not-a-social-worker',
    },
    {
      code: 'RCW2',
      label: 'Residential Care Worker 2',
      spanOfControl: 0,
      censusRole: 'not-a-social-worker',
    },
    {
      code: 'RCW3',
      label: 'Senior Residential Care Worker',
      spanOfControl: 4,
      censusRole: 'not-a-social-worker',
    },
  ],
};

describe('career framework: publishing', () => {
  it('publishes version 1 of a family, which may take effect on an earlier date', () => {
    framework.given().when(publish(familyWorkerFramework, '2017-07-20T10:00:00Z')).then(v1);
  });

  it('adds a new family with its own grades, spans and route', () => {
    framework.given().when(publish(residential)).then(published(residential, '2026-12-02'));
  });

  it('revises a family with a later effective date: new span, new grade', () => {
    framework.given(v1).when(publish(v2)).then(published(v2, '2026-12-02'));
  });

  it('treats re-publishing the identical version as already done', () => {
    framework.given(v1).when(publish(familyWorkerFramework)).then();
  });
});

describe('career framework: versions and effective dates', () => {
  it('never changes a published version', () => {
    framework
      .given(v1)
      .when(publish({ ...familyWorkerFramework, title: 'Quietly edited' }))
      .thenFails('FrameworkVersionAlreadyPublished');
  });

  it('numbers versions without gaps', () => {
    framework
      .given(v1)
      .when(publish({ ...v2, version: 3 }))
      .thenFails('FrameworkVersionOutOfSequence');
  });

  it('starts at version 1', () => {
    framework.given().when(publish(v2)).thenFails('FrameworkVersionOutOfSequence');
  });

  it('takes effect after the version it replaces', () => {
    framework
      .given(v1)
      .when(publish({ ...v2, effectiveFrom: '2017-08-01' }))
      .thenFails('FrameworkEffectiveDateBeforePrevious');
  });

  it('does not reach back: a revision takes effect no earlier than the day it is published', () => {
    framework
      .given(v1)
      .when(publish({ ...v2, effectiveFrom: '2026-06-01' }))
      .thenFails('FrameworkRevisionBackdated');
  });

  it('keeps one job family per framework stream', () => {
    framework
      .given(v1)
      .when(publish({ ...socialWorkerFramework, version: 2, effectiveFrom: '2027-01-01' }))
      .thenFails('FrameworkForAnotherFamily');
  });
});

describe('career framework: a document that makes a ladder', () => {
  it('lists at least one grade', () => {
    framework
      .given()
      .when(publish({ ...residential, grades: [] }))
      .thenFails('FrameworkInvalid');
  });

  it('names each grade once', () => {
    const [first] = residential.grades;
    framework
      .given()
      .when(publish({ ...residential, grades: [first, { ...first, label: 'Another' }] }))
      .thenFails('FrameworkInvalid');
  });

  it('labels each grade once', () => {
    const [first, second] = residential.grades;
    framework
      .given()
      .when(publish({ ...residential, grades: [first, { ...second, label: first?.label }] }))
      .thenFails('FrameworkInvalid');
  });
});
