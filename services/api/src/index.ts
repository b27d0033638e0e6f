// @ladder/api: the HTTP edge of Ladder. `main.ts` is `pnpm start`; these are for embedding
// it (end-to-end tests, other runtimes).
export { createApp, type AppDeps, type LadderApp } from './app';
export { startLadder, type LadderRuntime, type RuntimeOptions } from './runtime/start';
export { loadConfig, type ApiConfig } from './runtime/config';
export { roles, Role, type Principal } from './auth/roles';
export { issueToken } from './auth/tokens';
export {
  createVerifier,
  issuer,
  audience,
  type Verifier,
  type VerifierConfig,
} from './auth/verifier';
export { openIdempotencyStore, type IdempotencyStore } from './http/idempotency';
export { listen, type Listening } from './http/listen';
export type { Route } from './http/route';
export type { ProblemDocument, ApiErrorCode } from './http/problem';
export { ladderRoutes } from './routes';
export { subjectAccessHtml } from './personal-data/subject-access-html';
// The small-number rule, for any export of planner figures to apply as the API does.
export {
  shownCount,
  shownPair,
  smallestShownCount,
  suppressRows,
  withheldRows,
  type ShownCount,
  type ShownRow,
} from './read-side/small-numbers';
// The planner and auditor read side itself, for exports outside the HTTP process (the CLI).
export { readSideFromProjections } from './read-side/from-projections';
export type { GroupBy, ReadSide } from './read-side/read-side';
export { auditRowsOf, csvChunks, plannerCells } from './exports/csv-files';
export { xlsxChunks } from './exports/xlsx-file';
export { plannerTables, type PlannerTable } from './exports/planner-rows';
