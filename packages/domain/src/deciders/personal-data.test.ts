import { describe, it } from 'vitest';
import {
  ApprovePersonalDataErasure,
  ErasePersonalDataByRetention,
  RequestPersonalDataErasure,
} from '../commands/personal-data';
import { command, event } from '../../test/build';
import { spec } from '../../test/spec';
import { personalDataDecider } from './personal-data';

const erasure = spec(personalDataDecider);
const asker = { id: 'hr-1', role: 'hr-admin' };
const approver = { id: 'hr-2', role: 'hr-admin' };
const at = '2026-12-02T10:00:00Z';

const request = command(
  RequestPersonalDataErasure.codec,
  'RequestPersonalDataErasure',
  { requestId: 'r1', staffId: 's1' },
  { actor: asker, at },
);
const approveBy = (actor: { id: string; role: string }) =>
  command(
    ApprovePersonalDataErasure.codec,
    'ApprovePersonalDataErasure',
    { requestId: 'r1', clearTextEventIds: ['e-old'] },
    { actor, at },
  );
const requested = event('PersonalDataErasureRequested', {
  requestId: 'r1',
  staffId: 's1',
  requestedBy: asker,
  requestedOn: '2026-12-02',
});
const erased = event('PersonalDataErased', {
  staffId: 's1',
  scope: 'person',
  basis: 'request',
  erasedOn: '2026-12-02',
  requestId: 'r1',
  requestedBy: asker,
  approvedBy: approver,
  clearTextEventIds: ['e-old'],
});

describe('erasure of personal data', () => {
  it('an HR admin asks, and the request is recorded with no personal data', () => {
    erasure.given().when(request).then(requested);
  });
  it('a second person approves: the person is erased', () => {
    erasure.given(requested).when(approveBy(approver)).then(erased);
  });
  it('nobody approves their own request', () => {
    erasure.given(requested).when(approveBy(asker)).thenFails('ApproverIsRequester');
  });
  it('an approval needs an open request', () => {
    erasure.given().when(approveBy(approver)).thenFails('ErasureRequestNotFound');
  });
  it('one open request at a time, and an erased person is not erased again', () => {
    erasure.given(requested).when(request).thenFails('ErasureAlreadyRequested');
    erasure.given(requested, erased).when(request).thenFails('PersonalDataAlreadyErased');
    erasure
      .given(requested, erased)
      .when(
        command(ErasePersonalDataByRetention.codec, 'ErasePersonalDataByRetention', {
          staffId: 's1',
          rule: 'hr-record-after-leaving',
          scope: 'person',
        }),
      )
      .thenFails('PersonalDataAlreadyErased');
  });
});
