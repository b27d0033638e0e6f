import { useNavigate } from 'react-router-dom';
import { Layout } from '../../components/Layout';
import { RequireRole } from '../../components/RequireRole';
import { personPath } from './recorded';
import { SpecForm } from './SpecForm';
import { joining } from './staff-facts';

/** Someone joins: their placement, and their name kept apart as personal data. */
export const Joining = () => {
  const navigate = useNavigate();
  return (
    <RequireRole roles={['hr-admin']}>
      {() => (
        <Layout title={joining.title}>
          <SpecForm
            spec={joining}
            path="/staff"
            onDone={(w) =>
              void navigate(personPath(w.staffId ?? ''), {
                state: { recorded: 'Joining recorded.' },
              })
            }
          />
        </Layout>
      )}
    </RequireRole>
  );
};
