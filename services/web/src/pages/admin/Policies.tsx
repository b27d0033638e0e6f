import { Link } from 'react-router-dom';
import { Layout } from '../../components/Layout';
import { RequireRole } from '../../components/RequireRole';

// The job families whose progression policies HR publishes (the two seeds' families).
const families = [
  { family: 'family-worker', title: 'Family Worker (Dorset Council, Levels 1–3)' },
  { family: 'social-worker', title: 'Social Worker (London Borough of Bexley, SW2–SW3)' },
] as const;

export const Policies = () => (
  <RequireRole roles={['hr-admin']}>
    {() => (
      <Layout title="Progression policies">
        <p className="govuk-body">
          Each job family’s rules are a versioned policy. Open one to read its versions and publish
          the next.
        </p>
        <ul className="govuk-list govuk-list--spaced">
          {families.map((f) => (
            <li key={f.family}>
              <Link className="govuk-link" to={`/admin/policies/${f.family}`}>
                {f.title}
              </Link>
            </li>
          ))}
        </ul>
      </Layout>
    )}
  </RequireRole>
);
