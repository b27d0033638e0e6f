import type { UseCaseError } from '@ladder/application';
import type { StreamId } from '@ladder/domain';
import type { EventStoreError, ExpectedRevision } from '@ladder/event-store';
import { apiError, type ApiError } from './problem';

/** The shape of the domain's refusals (`@ladder/domain` DomainError); the edge needs only this. */
export interface Refusal {
  readonly code: string;
  readonly category: 'conflict' | 'rule' | 'not-found';
  readonly rule: string;
  readonly message: string;
}

export const fromRefusal = (e: Refusal): ApiError =>
  apiError(
    e.category === 'not-found'
      ? 'not-found'
      : e.category === 'rule'
        ? 'rule-violation'
        : 'conflict',
    e.message,
    {
      rule: e.rule,
      extra: { domainCode: e.code },
    },
  );

/**
 * A store error at the edge. A wrong expected revision is 412 when the caller asked for it
 * with If-Match (their copy is stale), 409 when another writer raced this request.
 */
export const fromStoreError = (
  e: EventStoreError,
  ifMatch: ExpectedRevision | undefined,
): ApiError => {
  switch (e.code) {
    case 'WrongExpectedRevision': {
      const actual = e.actual === 'no-stream' ? null : e.actual.toString();
      return ifMatch !== undefined
        ? apiError(
            'precondition-failed',
            `If-Match does not match: ${e.streamName} is at revision ${actual ?? 'none'}`,
            {
              extra: { currentRevision: actual },
            },
          )
        : apiError(
            'wrong-expected-revision',
            `${e.streamName} changed while this request ran; read it again and retry`,
            {
              extra: { currentRevision: actual },
            },
          );
    }
    case 'InvalidInput':
      return apiError('validation', e.message, {
        field: e.field,
        errors: [{ in: 'body', field: e.field, message: e.message }],
      });
    case 'PayloadTooLarge':
      return apiError(
        'payload-too-large',
        `${e.field} is ${e.size} bytes, over the limit of ${e.limit}`,
        {
          field: e.field,
          extra: { limit: e.limit },
        },
      );
    case 'DuplicateEventId':
      return apiError('conflict', e.message, { extra: { eventId: e.eventId } });
    case 'StoreUnavailable':
      return apiError('unavailable', 'the event store is unavailable; retry later');
  }
};

const named: Readonly<Record<StreamId['kind'], string>> = {
  staff: 'staff',
  vacancy: 'vacancy',
  regrade: 'regrade case',
  policy: 'policy published for',
  framework: 'career framework published for',
  allocation: 'case',
  personal: 'personal data of staff',
};

/**
 * A use case's typed refusal at the edge: each kind has its one status and problem here, and
 * nowhere else. A stale expected revision is the caller's If-Match (412); a revision still
 * racing other writers after the retries is the store's (409).
 */
export const fromUseCaseError = (e: UseCaseError): ApiError => {
  switch (e.kind) {
    case 'domain':
      return fromRefusal(e.error);
    case 'stale':
      return fromStoreError(e.error, e.error.expected);
    case 'store':
      return fromStoreError(e.error, undefined);
    case 'unreadable-stream':
      return apiError('internal', `${e.streamName} cannot be read; an operator must look at it`);
    case 'not-found':
      return apiError('not-found', `no ${named[e.stream.kind]} ${e.stream.id}`);
    case 'not-in-line':
      return apiError(
        'forbidden',
        `staff ${e.staffId} is not in the line of manager ${e.managerId}`,
        { rule: 'managers-act-on-own-reports' },
      );
    case 'case-of-another-team':
      return apiError(
        'forbidden',
        `case ${e.caseReference} is a ${e.team} case, not in the team of manager ${e.managerId}`,
        { rule: 'managers-allocate-own-team-cases' },
      );
    case 'case-of-another-person':
      return apiError('validation', `case ${e.caseId} is not about staff ${e.staffId}`, {
        field: 'caseId',
        errors: [{ in: 'query', field: 'caseId', message: `must be a case about ${e.staffId}` }],
      });
    case 'policy-for-another-family':
    case 'framework-for-another-family':
      return apiError(
        'validation',
        `the document is for ${e.documentFamily}, the path says ${e.family}`,
        {
          field: 'document.family',
          errors: [{ in: 'body', field: 'document.family', message: `must be ${e.family}` }],
        },
      );
  }
};
