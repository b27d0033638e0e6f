export { aggregates, type Aggregate } from './aggregates';
export type { CommandError } from './command-error';
export { handleCommand, readWholeStream, type CommandMeta, type Written } from './handle-command';
export * from './use-cases';
export { knownFrameworks } from './frameworks/known-frameworks';
export { publishSeedFrameworks } from './frameworks/seed-frameworks';
export type { ProcessFailure, RunningProcess } from './process-follower';
export {
  startRegradeProcess,
  REGRADE_PROCESS,
  type RegradeProcess,
} from './regrade-process-runner';
export { startLeaverProcess, LEAVER_PROCESS, type LeaverProcess } from './leaver-process-runner';
export {
  startCaseloadProcess,
  CASELOAD_PROCESS,
  type CaseloadProcess,
} from './caseload-process-runner';
export * from './import';
export * from './export';
export * from './previews';
export * from './personal-data';
