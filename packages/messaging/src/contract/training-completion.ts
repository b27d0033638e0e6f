import { IsoDate, NonEmptyString } from '@ladder/domain';
import * as t from 'io-ts';

/**
 * A training completion from the learning system (topic `ladder.in.training-completions.v1`,
 * keyed by staff id). `messageId` is the sender's unique id for this message: a message
 * delivered twice is recorded once.
 */
export const TrainingCompletionMessage = t.intersection(
  [
    t.type({
      messageId: NonEmptyString,
      staffId: NonEmptyString,
      course: NonEmptyString,
      completedOn: IsoDate,
    }),
    t.partial({ expiresOn: IsoDate }),
  ],
  'TrainingCompletionMessage',
);
export type TrainingCompletionMessage = t.TypeOf<typeof TrainingCompletionMessage>;
