// HTTP API figures (commands/s and p99 on loopback), against the API as a package embeds it
// (`@ladder/api`'s startLadder), so nothing of the bench ships with the API.
import { runHttpBench } from './http/http-bench';

await runHttpBench();
