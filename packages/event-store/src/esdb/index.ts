export { getEsdbEventStore, type EsdbEventStoreOptions } from './esdb-event-store';
