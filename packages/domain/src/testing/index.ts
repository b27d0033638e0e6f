// Test helpers for anyone building on the domain: `@ladder/domain/testing`.
export { spec, type Spec } from './spec';
export { event, command, logBuilder, defaultActor, defaultAt, type RecordOptions } from './build';
