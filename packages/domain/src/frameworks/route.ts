import * as t from 'io-ts';

/** How a family's next grade is reached: a vacant post at it, or an assessment of the worker. */
export const ProgressionRoute = t.keyof({ vacancy: null, assessment: null }, 'ProgressionRoute');
export type ProgressionRoute = t.TypeOf<typeof ProgressionRoute>;
