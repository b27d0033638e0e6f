import { describeEventStoreConformance } from '../conformance';
import { getMemoryEventStore } from './memory-event-store';

// In memory, so this runs in the pure tier: the same suite as the SQLite and EventStoreDB adapters.
describeEventStoreConformance('memory', () => {
  const store = getMemoryEventStore();
  return Promise.resolve({ store, cleanup: () => store.close() });
});
