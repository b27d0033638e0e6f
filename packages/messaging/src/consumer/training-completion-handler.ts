import { aggregates } from '@ladder/application';
import { StaffCommand, StreamId, uuidV5 } from '@ladder/domain';
import type { EventStore } from '@ladder/event-store';
import * as E from 'fp-ts/Either';
import { describeErrors } from '../contract/describe-errors';
import { TrainingCompletionMessage } from '../contract/training-completion';
import { applyOnce } from './apply-once';
import type { FactHandler } from './fact-handler';

export interface InboundOptions {
  readonly store: EventStore;
  readonly topic: string;
  /** The edge's clock, for the command's `at` (the domain never reads the clock). */
  readonly now?: () => string;
}

/** Who records facts that arrive from the learning system. */
export const learningSystemActor = { id: 'learning-system', role: 'integration' } as const;

/** Training completions from the learning system → `RecordTraining` on `staff-<staffId>`. */
export const trainingCompletionHandler = (options: InboundOptions): FactHandler => ({
  topic: options.topic,
  handle: async (value) => {
    const message = TrainingCompletionMessage.decode(value);
    if (E.isLeft(message)) return E.left({ code: 'invalid', reason: describeErrors(message.left) });
    const { messageId, staffId, course, completedOn, expiresOn } = message.right;
    const command = StaffCommand.decode({
      type: 'RecordTraining',
      data: expiresOn === undefined ? { course, completedOn } : { course, completedOn, expiresOn },
      actor: learningSystemActor,
      at: (options.now ?? (() => new Date().toISOString()))(),
    });
    if (E.isLeft(command)) return E.left({ code: 'invalid', reason: describeErrors(command.left) });
    return applyOnce({
      store: options.store,
      aggregate: aggregates.staff,
      stream: StreamId.staff(staffId),
      command: command.right,
      // Keyed by the sender's message id, not the topic name: renaming a topic keeps dedupe.
      commandId: uuidV5(`inbound:training-completion:${messageId}`),
      correlationId: messageId,
    });
  },
});
