import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import type { Role, SessionUser } from '../api/types';
import { useSession } from '../session';
import { Layout } from './Layout';

const roleWords: Readonly<Record<Role, string>> = {
  manager: 'managers',
  approver: 'approvers',
  'hr-admin': 'HR administrators',
  planner: 'workforce planners',
  auditor: 'auditors',
};

/**
 * A page for some roles only. The API refuses the data anyway; this says so plainly instead of
 * showing a page of refusals. Nobody signed in goes to sign-in and comes back.
 */
export const RequireRole = (props: {
  readonly roles: readonly Role[];
  readonly children: (user: SessionUser) => ReactNode;
}) => {
  const { session } = useSession();
  const location = useLocation();
  if (session === undefined)
    return (
      <p className="govuk-body" role="status">
        Loading…
      </p>
    );
  if (session === null)
    return <Navigate to={`/sign-in?returnTo=${encodeURIComponent(location.pathname)}`} replace />;
  if (!props.roles.includes(session.user.role))
    return (
      <Layout title="You cannot open this page">
        <p className="govuk-body">
          {`This page is for ${props.roles.map((r) => roleWords[r]).join(', ')} only. `}
          {`You are signed in as ${session.user.name} (${session.user.role}).`}
        </p>
      </Layout>
    );
  return <>{props.children(session.user)}</>;
};
