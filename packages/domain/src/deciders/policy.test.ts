import { seedFrameworks } from '../frameworks/seeds';
import { describe, expect, it } from 'vitest';
import { PolicyCommand } from '../commands/policy';
import { familyWorkerPolicyV1 } from '../policies/seeds/family-worker';
import { socialWorkerPolicyV1, socialWorkerPolicyV2 } from '../policies/seeds/social-worker';
import { command, event } from '../../test/build';
import { spec } from '../../test/spec';
import { policyDecider } from './policy';

const policy = spec(policyDecider(seedFrameworks));
const publish = (document: unknown, at = '2024-06-03T09:00:00Z') =>
  command(PolicyCommand, 'PublishPolicyVersion', { document }, { at });
const published = (document: unknown, publishedOn: string) =>
  event('PolicyVersionPublished', { document, publishedOn });
const v1 = published(socialWorkerPolicyV1, '2017-03-01');

describe('progression policy', () => {
  it('publishes version 1 with its effective date', () => {
    policy.given().when(publish(socialWorkerPolicyV1, '2017-03-01T10:00:00Z')).then(v1);
  });

  it('publishes the next version with a later effective date', () => {
    policy
      .given(v1)
      .when(publish(socialWorkerPolicyV2, '2019-11-01T10:00:00Z'))
      .then(published(socialWorkerPolicyV2, '2019-11-01'));
  });

  it('never changes a published version', () => {
    policy
      .given(v1)
      .when(publish({ ...socialWorkerPolicyV1, title: 'Quietly edited' }))
      .thenFails('PolicyVersionAlreadyPublished');
  });

  it('treats re-publishing the identical version as already done', () => {
    policy.given(v1).when(publish(socialWorkerPolicyV1)).then();
  });

  it('numbers versions without gaps', () => {
    policy
      .given(v1)
      .when(publish({ ...socialWorkerPolicyV2, version: 3 }))
      .thenFails('PolicyVersionOutOfSequence');
  });

  it('starts at version 1', () => {
    policy.given().when(publish(socialWorkerPolicyV2)).thenFails('PolicyVersionOutOfSequence');
  });

  it('takes effect after the version it replaces', () => {
    policy
      .given(v1)
      .when(publish({ ...socialWorkerPolicyV2, effectiveFrom: '2017-04-01' }))
      .thenFails('PolicyEffectiveDateBeforePrevious');
  });

  it('keeps one job family per policy stream', () => {
    policy
      .given(v1)
      .when(publish({ ...familyWorkerPolicyV1, version: 2, effectiveFrom: '2020-01-01' }))
      .thenFails('PolicyForAnotherFamily');
  });
});

describe('a policy document is meetable', () => {
  it('names each criterion once', () => {
    const [first] = socialWorkerPolicyV1.criteria;
    policy
      .given()
      .when(publish({ ...socialWorkerPolicyV1, criteria: [first, first] }))
      .thenFails('PolicyCriteriaInvalid');
  });

  it('lists at least one accepted qualification', () => {
    const [first, ...rest] = familyWorkerPolicyV1.criteria;
    const empty = { ...first, rule: { kind: 'qualification-in-set', anyOf: [] } };
    policy
      .given()
      .when(publish({ ...familyWorkerPolicyV1, criteria: [empty, ...rest] }))
      .thenFails('PolicyCriteriaInvalid');
  });

  it('applies criteria only to grades of its family', () => {
    const [first, ...rest] = familyWorkerPolicyV1.criteria;
    policy
      .given()
      .when(
        publish({ ...familyWorkerPolicyV1, criteria: [{ ...first, appliesTo: ['SW3'] }, ...rest] }),
      )
      .thenFails('PolicyCriteriaInvalid');
  });

  it('numbers versions with whole numbers', () => {
    expect(() => publish({ ...socialWorkerPolicyV1, version: 1.5 })).toThrow(/version/);
  });
});
