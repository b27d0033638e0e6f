import type { SessionUser } from './api/types';

/** Where each role lands after signing in. */
export const homeOf = (user: SessionUser): string => {
  switch (user.role) {
    case 'manager':
      return '/team';
    case 'planner':
      return '/planner';
    case 'approver':
      return '/approvals';
    case 'hr-admin':
      return '/admin/staff';
    case 'auditor':
      return '/auditor';
    default:
      return '/welcome';
  }
};
