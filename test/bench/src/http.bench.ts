// HTTP API figures (commands/s and p99 on loopback). The harness lives with the API
// (services/api/src/bench) so it shares the API's runtime and types.
import { runHttpBench } from '../../../services/api/src/bench/http-bench';

await runHttpBench();
