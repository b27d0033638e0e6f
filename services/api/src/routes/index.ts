import type { SignInServices } from '../auth/sign-in';
import type { Route } from '../http/route';
import type { LadderServices } from '../services';
import { auditRoutes } from './audit';
import { caseloadRoutes } from './caseload';
import { censusRoutes } from './census';
import { authRoutes } from './auth';
import { exportRoutes } from './exports';
import { frameworkRoutes } from './frameworks';
import { importRoutes } from './imports';
import { personalDataRoutes } from './personal-data';
import { policyRoutes } from './policies';
import { previewRoutes } from './previews';
import { regradeRoutes } from './regrades';
import { staffRoutes } from './staff';
import { vacancyRoutes } from './vacancies';
import { workforceRoutes } from './workforce';

/** Every Ladder route: the one table that the server, the OpenAPI document and the role tests use. */
export const ladderRoutes = (services: LadderServices, signIn: SignInServices): Route[] => [
  ...staffRoutes(services),
  ...vacancyRoutes(services),
  ...policyRoutes(services),
  ...frameworkRoutes(services),
  ...previewRoutes(services),
  ...regradeRoutes(services),
  ...caseloadRoutes(services),
  ...workforceRoutes(services),
  ...auditRoutes(services),
  ...exportRoutes(services),
  ...censusRoutes(services),
  ...importRoutes(services),
  ...personalDataRoutes(services),
  ...authRoutes(signIn),
];
