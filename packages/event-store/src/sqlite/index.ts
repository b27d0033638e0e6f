export { getSqliteEventStore, type SqliteEventStoreOptions } from './sqlite-event-store';
