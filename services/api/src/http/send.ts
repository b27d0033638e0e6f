import type { Response } from 'express';
import { problemContentType, statusOf, toProblem, type ApiError } from './problem';

export const sendProblem = (res: Response, error: ApiError, instance?: string): void => {
  const correlationId =
    typeof res.locals['correlationId'] === 'string' ? res.locals['correlationId'] : undefined;
  res
    .status(statusOf[error.code])
    .type(problemContentType)
    .send(
      JSON.stringify(
        toProblem(error, {
          ...(instance !== undefined ? { instance } : {}),
          ...(correlationId !== undefined ? { correlationId } : {}),
        }),
      ),
    );
};

/** JSON with bigints (revisions, positions) written as decimal strings. */
export const toJson = (body: unknown): string =>
  JSON.stringify(body, (_key, value: unknown) =>
    typeof value === 'bigint' ? value.toString() : value,
  );
