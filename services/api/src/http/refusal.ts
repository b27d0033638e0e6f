import type { Role } from '../auth/roles';
import { apiError, type ApiError } from './problem';
import type { Route } from './route';

// A 403 is read by a person who has just been stopped: say who they are, what they tried and
// which role would let them, in a sentence.

const whoIs: Readonly<Record<Role, string>> = {
  'hr-admin': 'An HR administrator',
  manager: 'A manager',
  approver: 'An approver',
  planner: 'A planner',
  auditor: 'An auditor',
};

// Read routes are often summarised by what they show ("Headcount as of a date"); these verbs
// already say what the caller tried to do.
const readingVerbs = ['read', 'list', 'verify', 'show', 'find', 'count', 'search'];

/** "read headcount as of a date", "record a qualification": the route's summary as an action. */
export const actionOf = (route: Pick<Route, 'method' | 'summary'>): string => {
  const phrase = route.summary.split(/[,:;]/)[0]?.trim() ?? route.summary;
  const action = phrase.charAt(0).toLowerCase() + phrase.slice(1);
  const verb = action.split(' ')[0] ?? '';
  return route.method === 'get' && !readingVerbs.includes(verb) ? `read ${action}` : action;
};

const either = (names: readonly string[]): string =>
  names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1] ?? ''}`;

/** "A planner may not read a person's recorded facts. This needs the role hr-admin or auditor." */
export const roleRefusal = (role: Role, route: Route): ApiError =>
  apiError(
    'forbidden',
    `${whoIs[role]} may not ${actionOf(route)}. This needs the role ${either(route.roles)}.`,
    { extra: { allowedRoles: route.roles.join(' ') } },
  );
