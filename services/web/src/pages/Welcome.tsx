import { Layout } from '../components/Layout';
import { RequireRole } from '../components/RequireRole';

/** Planners and auditors: their pages come in part 2; the API serves them already. */
export const Welcome = () => (
  <RequireRole roles={['planner', 'auditor', 'hr-admin', 'manager', 'approver']}>
    {(user) => (
      <Layout title={`Welcome, ${user.name}`}>
        <p className="govuk-body">
          The pages for your role ({user.role}) are not in the web app yet. Ladder&apos;s API
          answers your questions today: see{' '}
          <a className="govuk-link" href="/openapi.json">
            its OpenAPI document
          </a>
          .
        </p>
      </Layout>
    )}
  </RequireRole>
);
