// The planner's dashboard in Chromium (issue 13): time from navigation to every chart drawn,
// on a real Ladder over a 3,000-person demo council.
import { runDashboardBench } from './dashboard/dashboard-bench';

await runDashboardBench();
