import * as E from 'fp-ts/Either';
import { StreamId, type PolicyCommand } from '@ladder/domain';
import type { EventStore } from '@ladder/event-store';
import { aggregates } from '../aggregates';
import type { Written } from '../handle-command';
import type { UseCaseError } from './errors';
import type { RequestMeta } from './request';
import { run } from './run';

/** The next version of a family's rules, on that family's stream and no other. */
export const publishPolicyVersion = async (
  store: EventStore,
  family: string,
  command: PolicyCommand,
  request: RequestMeta,
): Promise<E.Either<UseCaseError, Written>> =>
  command.data.document.family !== family
    ? E.left({
        kind: 'policy-for-another-family',
        family,
        documentFamily: command.data.document.family,
      })
    : run(store, aggregates.policy, StreamId.policy(family), command, request);
