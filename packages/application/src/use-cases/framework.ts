import * as E from 'fp-ts/Either';
import {
  frameworkCommands,
  frameworkFamilies,
  frameworkInForce,
  frameworkVersions,
  StreamId,
  type FrameworkDocument,
} from '@ladder/domain';
import type { EventStore } from '@ladder/event-store';
import { aggregates } from '../aggregates';
import { knownFrameworks } from '../frameworks/known-frameworks';
import type { Written } from '../handle-command';
import type { UseCaseError } from './errors';
import type { DataOf } from './issue';
import type { RequestMeta } from './request';
import { run } from './run';

/** The next version of a family's career framework (version 1 adds the family), on its own stream. */
export const publishCareerFramework = async (
  store: EventStore,
  family: string,
  publication: DataOf<typeof frameworkCommands, 'PublishCareerFramework'>,
  request: RequestMeta,
): Promise<E.Either<UseCaseError, Written>> =>
  publication.document.family !== family
    ? E.left({
        kind: 'framework-for-another-family',
        family,
        documentFamily: publication.document.family,
      })
    : run(
        store,
        aggregates.framework,
        frameworkCommands,
        StreamId.framework(family),
        'PublishCareerFramework',
        publication,
        request,
      );

/** One family's ladder on a date: the version in force, and every version published. */
export interface FamilyFramework {
  readonly family: string;
  readonly inForce: FrameworkDocument | null;
  readonly versions: readonly FrameworkDocument[];
}

/** Every family the store knows, each with the version in force on the date. */
export const frameworksOn = async (
  store: EventStore,
  /** `YYYY-MM-DD`. */
  on: string,
): Promise<readonly FamilyFramework[]> => {
  const catalogue = await knownFrameworks(store);
  return frameworkFamilies(catalogue).map((family) => ({
    family,
    inForce: frameworkInForce(catalogue, family, on) ?? null,
    versions: frameworkVersions(catalogue, family),
  }));
};
