import { aggregates } from '@ladder/application';
import { StreamId, VacancyCommand, uuidV5 } from '@ladder/domain';
import * as E from 'fp-ts/Either';
import { describeErrors } from '../contract/describe-errors';
import { decodeVacancyMessage, type VacancyMessage } from '../contract/vacancy-message';
import { applyOnce } from './apply-once';
import type { FactHandler } from './fact-handler';
import type { InboundOptions } from './training-completion-handler';

/** Who records facts that arrive from recruitment. */
export const recruitmentActor = { id: 'recruitment-system', role: 'integration' } as const;

const toCommand = (message: VacancyMessage): { type: string; data: unknown } => {
  switch (message.action) {
    case 'opened': {
      const { messageId: _m, action: _a, ...data } = message;
      return { type: 'OpenVacancy', data };
    }
    case 'filled':
      return {
        type: 'FillVacancy',
        data: { staffId: message.staffId, filledOn: message.filledOn },
      };
    case 'withdrawn':
      return {
        type: 'WithdrawVacancy',
        data: { withdrawnOn: message.withdrawnOn, reason: message.reason },
      };
  }
};

/** Vacancy changes from recruitment → Open/Fill/WithdrawVacancy on `vacancy-<vacancyId>`. */
export const vacancyHandler = (options: InboundOptions): FactHandler => ({
  topic: options.topic,
  handle: async (value) => {
    const message = decodeVacancyMessage(value);
    if (E.isLeft(message)) return E.left({ code: 'invalid', reason: describeErrors(message.left) });
    const { type, data } = toCommand(message.right);
    const command = VacancyCommand.decode({
      type,
      data,
      actor: recruitmentActor,
      at: (options.now ?? (() => new Date().toISOString()))(),
    });
    if (E.isLeft(command)) return E.left({ code: 'invalid', reason: describeErrors(command.left) });
    return applyOnce({
      store: options.store,
      aggregate: aggregates.vacancy,
      stream: StreamId.vacancy(message.right.vacancyId),
      command: command.right,
      commandId: uuidV5(`inbound:vacancy:${message.right.messageId}`),
      correlationId: message.right.messageId,
    });
  },
});
