import { auditTrailProjection } from './audit/projection';
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
];

export const projectionNamed = (name: string): ProjectionDefinition | undefined =>
  allProjections.find((p) => p.name === name);
