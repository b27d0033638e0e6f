import * as E from 'fp-ts/Either';
import type { RegradeCommand } from '../commands/regrade';
import { domainError, type DomainError } from '../errors';
import type { RegradeEvent } from '../events/regrade';
import { jobFamilies, nextGrade } from '../job-families';
import { utcDateOf } from '../primitives/time';

type Result = E.Either<DomainError, readonly RegradeEvent[]>;

/** One step up the family's ladder; a vacancy for Family Workers, none for Social Workers. */
export const decideRequest = (
  command: Extract<RegradeCommand, { type: 'RequestRegrade' }>,
): Result => {
  const { jobFamily, fromGrade, toGrade, vacancyId } = command.data;
  const family = jobFamilies[jobFamily];
  if (nextGrade(jobFamily, fromGrade) !== toGrade)
    return E.left(
      domainError(
        'RegradeNotNextGrade',
        'Progression is one step up the job family’s grades',
        `${toGrade} is not the next ${jobFamily} grade after ${fromGrade}`,
      ),
    );
  if (family.route === 'vacancy' && vacancyId === undefined)
    return E.left(
      domainError(
        'VacancyRequiredForProgression',
        'Family Worker progression needs a specific vacant role at the next grade',
        `name the vacancy at ${toGrade} this regrade would fill`,
      ),
    );
  if (family.route === 'assessment' && vacancyId !== undefined)
    return E.left(
      domainError(
        'VacancyNotUsedForAssessedProgression',
        'Social Worker SW2→SW3 is awarded by assessment, not by vacancy',
        `a ${jobFamily} regrade does not fill vacancy ${vacancyId}`,
      ),
    );
  return E.right([
    {
      type: 'RegradeRequested',
      data: { ...command.data, requestedBy: command.actor, requestedOn: utcDateOf(command.at) },
    },
  ]);
};
