// The DfE census return (issue 20): the XML and the preview over a demo council on a real
// server, and /healthz latency while returns are produced back to back.
import { runCensusBench } from './census/census-bench';

await runCensusBench();
