import { Link, useParams } from 'react-router-dom';
import { Layout } from '../../components/Layout';
import { RequireRole } from '../../components/RequireRole';
import { personPath } from './recorded';
import { staffFacts } from './staff-facts';

/** "Record a fact": each kind HR records, with what it is for; each opens its own form. */
export const FactKinds = () => {
  const { staffId = '' } = useParams();
  return (
    <RequireRole roles={['hr-admin']}>
      {() => (
        <Layout title={`Record a fact about ${staffId}`}>
          <p className="govuk-body">
            Choose what happened. Nothing recorded is overwritten: a mistake is retracted later,
            with a reason.
          </p>
          <ul className="govuk-list govuk-list--spaced">
            {staffFacts.map((f) => (
              <li key={f.segment}>
                <Link className="govuk-link" to={`${personPath(staffId)}/facts/${f.segment}`}>
                  {f.title}
                </Link>{' '}
                — {f.about}
              </li>
            ))}
          </ul>
          <p className="govuk-body">
            <Link className="govuk-link" to={personPath(staffId)}>
              Back to the record of {staffId}
            </Link>
          </p>
        </Layout>
      )}
    </RequireRole>
  );
};
