import { Link } from 'react-router-dom';
import { Layout } from '../components/Layout';
import { RequireRole } from '../components/RequireRole';
import { homeOf } from '../home';

/** Anyone signed in: where their own pages start, and the API for the council's other systems. */
export const Welcome = () => (
  <RequireRole roles={['planner', 'auditor', 'hr-admin', 'manager', 'approver']}>
    {(user) => (
      <Layout title={`Welcome, ${user.name}`}>
        <p className="govuk-body">
          Your pages as {user.role} start at{' '}
          <Link className="govuk-link" to={homeOf(user)}>
            {homeOf(user)}
          </Link>
          ; the navigation above reaches the rest.
        </p>
        <p className="govuk-body">
          The council&apos;s other systems ask Ladder the same questions through its API, described
          in{' '}
          <a className="govuk-link" href="/openapi.json">
            its OpenAPI document
          </a>
          .
        </p>
      </Layout>
    )}
  </RequireRole>
);
