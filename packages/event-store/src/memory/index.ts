export { getMemoryEventStore, type MemoryEventStoreOptions } from './memory-event-store';
