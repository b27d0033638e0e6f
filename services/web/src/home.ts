import type { SessionUser } from './api/types';

/** Where each role lands after signing in. */
export const homeOf = (user: SessionUser): string => {
  switch (user.role) {
    case 'manager':
      return '/team';
    case 'approver':
    case 'hr-admin':
      return '/approvals';
    default:
      return '/welcome';
  }
};
