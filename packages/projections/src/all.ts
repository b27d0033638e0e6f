import { auditTrailProjection } from './audit/projection';
import { caseloadProjection } from './caseload/projection';
import { complianceProjection } from './compliance/projection';
import { staffDirectoryProjection } from './directory/projection';
import { eligibilityProjection } from './eligibility/projection';
import type { ProjectionDefinition } from './runner/definition';
import { workforceProjection } from './workforce/projection';

/** Every read model Ladder keeps, in the order a runner applies them. */
export const allProjections: readonly ProjectionDefinition[] = [
  auditTrailProjection,
  staffDirectoryProjection,
  workforceProjection,
  complianceProjection,
  eligibilityProjection,
  // Reads the workforce read model's placement and frameworks as of a date (issue 15).
  caseloadProjection,
];

export const projectionNamed = (name: string): ProjectionDefinition | undefined =>
  allProjections.find((p) => p.name === name);
