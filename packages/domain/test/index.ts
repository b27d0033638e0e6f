// Test helpers for anyone building on the domain: `@ladder/domain/testing`.
export { spec, type Spec } from './spec';
export { event, command, logBuilder, defaultActor, defaultAt, type RecordOptions } from './build';
export { isoDate, isoDateTime } from './dates';
export { familyWorkerLevel1, socialWorkerSw2 } from './seed-scenarios';
export { grade, jobFamily } from './codes';
