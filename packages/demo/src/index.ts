// @ladder/demo: the demo council that seeds `pnpm start` on an empty store, and the
// generator tests use to build realistic histories. Deterministic for a seed.
export { generateCouncil, type Council, type CouncilOptions } from './council';
export type { CouncilAppend } from './recorder';
export type { CouncilTruth, Placement, TruthRegradeCase, TruthVacancy } from './truth';
export { generatePerson, type PersonOptions } from './person';
