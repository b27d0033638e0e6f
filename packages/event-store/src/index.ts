export type { Actor, JsonValue, NewEvent, RecordedEvent } from './port/envelope';
export type {
  DuplicateEventId,
  EventStoreError,
  InvalidInput,
  PayloadTooLarge,
  StoreUnavailable,
  WrongExpectedRevision,
} from './port/errors';
export { EventStoreException } from './port/errors';
export {
  ExpectedRevision,
  checkExpectedRevision,
  describeExpectedRevision,
  type StreamRevision,
} from './port/expected-revision';
export type {
  AppendResult,
  EventStore,
  LogFilter,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeOptions,
  Subscription,
  SubscriptionMessage,
} from './port/event-store';
export { limits } from './port/limits';
export { validateAppend, validateStreamName } from './port/validation';
export { getSqliteEventStore, type SqliteEventStoreOptions } from './sqlite';
export { getMemoryEventStore, type MemoryEventStoreOptions } from './memory';
export { openEventStore, type OpenStoreOptions } from './open-store';
export {
  startFollower,
  type FollowedBatch,
  type Follower,
  type FollowerOptions,
} from './follower/follower';
export { getSqliteCheckpointStore, type CheckpointStore } from './follower/checkpoint-store';
export { parseStoreSetting, storeSchemes, type StoreSetting } from './store-setting';
export * from './personal';
