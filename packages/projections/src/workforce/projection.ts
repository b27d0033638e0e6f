import { composeProjections } from '../compose';
import { frameworksProjection } from './frameworks/projection';
import { lineManagementProjection } from './line-management/projection';
import { placementProjection } from './placement/projection';
import { regradeCasesProjection } from './regrade-cases/projection';
import { vacanciesProjection } from './vacancies/projection';

/**
 * The workforce planners' read model: placement (headcount, FTE, time in grade), line
 * management, vacancies and regrade cases, each its own projection with its own tables and
 * queries, kept under one name and checkpoint (so its tables, rebuilds and stored
 * generations are those it always had).
 */
export const workforceProjection = composeProjections('workforce', 4, [
  placementProjection,
  lineManagementProjection,
  vacanciesProjection,
  regradeCasesProjection,
  frameworksProjection,
]);
