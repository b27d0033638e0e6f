// Read-side figures (issue 18): eligibility, a regrade request, the pipeline, and /healthz
// while a whole-log verification job runs, on a real server over a demo council.
import { runReadSideBench } from './read-side/read-side-bench';

await runReadSideBench();
