// Previews before publishing (issue 12): one preview over a demo council, and /healthz latency
// while previews run (the yielding slices' effect on other requests).
import { runPreviewBench } from './previews/preview-bench';

await runPreviewBench();
