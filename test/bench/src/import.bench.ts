// Import figures (issue 16): `ladder import` of 10,000 and 100,000 staff rows, dry run,
// import and again, rows per second and peak RSS beside the goals.
import { runImportBench } from './import/import-bench';

runImportBench();
