import { Link, useParams } from 'react-router-dom';
import { Layout } from '../../components/Layout';
import { RequireRole } from '../../components/RequireRole';
import { VersionEditor } from './VersionEditor';

/** A family's progression policy: its versions, and the next one as a checked JSON document. */
export const PolicyEditor = () => {
  const { family = '' } = useParams();
  return (
    <RequireRole roles={['hr-admin']}>
      {() => (
        <Layout title={`Progression policy: ${family}`}>
          <VersionEditor
            family={family}
            kind={{
              what: 'policy',
              base: `/policies/${encodeURIComponent(family)}`,
              skeleton: { family, title: '', source: '', criteria: [] },
              hint: 'The whole document: family, version (the next number), effectiveFrom (today or later), title, source and the criteria. It starts as the latest version, numbered on.',
              preview: true,
            }}
          />
          <p className="govuk-body">
            <Link className="govuk-link" to="/admin/policies">
              All policies
            </Link>
          </p>
        </Layout>
      )}
    </RequireRole>
  );
};
