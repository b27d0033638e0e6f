import * as E from 'fp-ts/Either';
import type { RegradeCommand } from '../commands/regrade';
import { domainError, type DomainError } from '../errors';
import type { RegradeEvent } from '../events/regrade';
import type { FrameworkCatalogue } from '../frameworks/catalogue';
import { gradeOnDate } from '../frameworks/grade-on';
import { gradeAbove } from '../frameworks/ladder';
import { utcDateOf } from '../primitives/time';

type Result = E.Either<DomainError, readonly RegradeEvent[]>;

/**
 * One step up the family's ladder in the framework in force on the day of the request; a
 * vacancy where the framework's route is a vacant post, none where it is an assessment.
 */
export const decideRequest = (
  command: Extract<RegradeCommand, { type: 'RequestRegrade' }>,
  frameworks: FrameworkCatalogue,
): Result => {
  const { jobFamily, fromGrade, toGrade, vacancyId } = command.data;
  const requestedOn = utcDateOf(command.at);
  const from = gradeOnDate(frameworks, jobFamily, fromGrade, requestedOn);
  if (E.isLeft(from)) return from;
  const family = from.right.framework;
  if (gradeAbove(family, fromGrade)?.code !== toGrade)
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
        `${family.title}: progression needs a specific vacant role at the next grade`,
        `name the vacancy at ${toGrade} this regrade would fill`,
      ),
    );
  if (family.route === 'assessment' && vacancyId !== undefined)
    return E.left(
      domainError(
        'VacancyNotUsedForAssessedProgression',
        `${family.title}: the next grade is awarded by assessment, not by vacancy`,
        `a ${jobFamily} regrade does not fill vacancy ${vacancyId}`,
      ),
    );
  return E.right([
    {
      type: 'RegradeRequested',
      data: { ...command.data, requestedBy: command.actor, requestedOn },
    },
  ]);
};
