// Runner
export type { BoundProjection, ProjectionDefinition, TableNamer } from './runner/definition';
export { openReadModels } from './runner/read-model-db';
export { startRunner, type Runner, type RunnerOptions } from './runner/runner';
export {
  rebuild,
  type RebuildOptions,
  type RebuildOutcome,
  type RebuildReport,
} from './runner/rebuild';
export { projectionLag, type ProjectionLag } from './runner/lag';
export { PoisonEvent, describePoison, type PoisonEventInfo } from './runner/poison';
export { readAllStates, readState, type ProjectionState } from './runner/state';
export { dumpProjection } from './runner/dump';
export type { InvalidQuery } from './query-error';
