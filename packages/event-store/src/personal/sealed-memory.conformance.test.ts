import { describeEventStoreConformance, describePersonalDataSealing } from '../conformance';
import { getMemoryEventStore } from '../memory/memory-event-store';
import { getMemoryKeyService } from './memory-keys';
import { sealPersonalData } from './sealing-store';

// The whole conformance suite through the sealing decorator: it must be invisible to the port.
describeEventStoreConformance('memory, personal data sealed', () => {
  const store = sealPersonalData(getMemoryEventStore(), {
    keys: getMemoryKeyService(),
    keyOf: (subject, event) => ({ subject, keyId: `${subject}/${event.type}` }),
  });
  return Promise.resolve({ store, cleanup: () => store.close() });
});

describePersonalDataSealing('memory', () => {
  const inner = getMemoryEventStore();
  const keys = getMemoryKeyService();
  return Promise.resolve({ inner, keys, cleanup: () => inner.close() });
});
