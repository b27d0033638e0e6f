// Test support for anyone checking read models against a generated council:
// `@ladder/demo/testing`.
export { truthHeadcount, type TruthDimension } from './truth-headcount';
