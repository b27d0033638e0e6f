import * as E from 'fp-ts/Either';
import { policyCommands, StreamId } from '@ladder/domain';
import type { EventStore } from '@ladder/event-store';
import { aggregates } from '../aggregates';
import type { Written } from '../handle-command';
import type { UseCaseError } from './errors';
import type { DataOf } from './issue';
import type { RequestMeta } from './request';
import { run } from './run';

/** The next version of a family's rules, on that family's stream and no other. */
export const publishPolicyVersion = async (
  store: EventStore,
  family: string,
  publication: DataOf<typeof policyCommands, 'PublishPolicyVersion'>,
  request: RequestMeta,
): Promise<E.Either<UseCaseError, Written>> =>
  publication.document.family !== family
    ? E.left({
        kind: 'policy-for-another-family',
        family,
        documentFamily: publication.document.family,
      })
    : run(
        store,
        aggregates.policy,
        policyCommands,
        StreamId.policy(family),
        'PublishPolicyVersion',
        publication,
        request,
      );
