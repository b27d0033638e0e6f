import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedPolicies } from '@ladder/domain';
import { askedBy, hr, openWorld, type World } from '../../test/world';
import { loadPolicy } from './load';
import { publishPolicyVersion } from './policy';

// Publishing a family's rules, on that family's stream and no other.

let world: World;
beforeEach(async () => {
  world = await openWorld();
});
afterEach(() => world.close());

const [first] = seedPolicies;
if (first === undefined) throw new Error('no seed policy');

describe('publishing a policy version', () => {
  it('writes it on the family’s stream and it reads back as published', async () => {
    const written = await publishPolicyVersion(
      world.store,
      first.family,
      { document: first },
      askedBy(hr),
    );
    expect(written).toMatchObject({
      _tag: 'Right',
      right: { streamName: `policy-${first.family}` },
    });
    expect(await loadPolicy(world.store, first.family)).toMatchObject({
      _tag: 'Right',
      right: { revision: 0n },
    });
  });

  it('a document for another family is refused, naming both, and nothing is written', async () => {
    const elsewhere = first.family === 'family-worker' ? 'social-worker' : 'family-worker';
    const refused = await publishPolicyVersion(
      world.store,
      elsewhere,
      { document: first },
      askedBy(hr),
    );
    expect(refused).toMatchObject({
      _tag: 'Left',
      left: { kind: 'policy-for-another-family', family: elsewhere, documentFamily: first.family },
    });
    expect(await world.events(`policy-${elsewhere}`)).toHaveLength(0);
  });
});
