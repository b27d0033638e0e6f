import { Link, useParams } from 'react-router-dom';
import { Layout } from '../../components/Layout';
import { RequireRole } from '../../components/RequireRole';
import { VersionEditor } from './VersionEditor';

/** A family's career framework (its grades in order, spans, route): versions and the next one. */
export const FrameworkEditor = () => {
  const { family = '' } = useParams();
  return (
    <RequireRole roles={['hr-admin']}>
      {() => (
        <Layout title={`Career framework: ${family}`}>
          <VersionEditor
            family={family}
            kind={{
              what: 'career framework',
              base: `/frameworks/${encodeURIComponent(family)}`,
              skeleton: { family, title: '', employer: '', grades: [], route: 'vacancy' },
              hint: 'The whole document: family, version (the next number), effectiveFrom, title, employer, the grades lowest first (code, label, span of control, census role) and the route to the next grade (vacancy or assessment). Version 1 adds a new family.',
              preview: true,
            }}
          />
          <p className="govuk-body">
            <Link className="govuk-link" to="/admin/policies">
              All job families
            </Link>
          </p>
        </Layout>
      )}
    </RequireRole>
  );
};
