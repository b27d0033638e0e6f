import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Button } from '../../components/Button';
import { Input } from '../../components/Input';
import { Layout } from '../../components/Layout';
import { RequireRole } from '../../components/RequireRole';

/** The auditor's landing page: a person's timeline by staff id, the trail, the verification. */
export const AuditorHome = () => {
  const navigate = useNavigate();
  const [staffId, setStaffId] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  return (
    <RequireRole roles={['auditor']}>
      {() => (
        <Layout title="Audit">
          <p className="govuk-body">
            Nothing in Ladder is overwritten: every fact is an event, recorded with who recorded it
            and when. Replay what was known, when, and why a verdict came out as it did.
          </p>
          <h2 className="govuk-heading-m">A person&apos;s timeline</h2>
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              const id = staffId.trim();
              if (id === '') setError('Enter a staff id');
              else void navigate(`/auditor/people/${encodeURIComponent(id)}`);
            }}
          >
            <Input
              id="timeline-staff-id"
              label="Staff id"
              hint="For example s00042; the audit trail links each event to the person it concerns"
              value={staffId}
              onChange={setStaffId}
              {...(error !== undefined ? { error } : {})}
            />
            <Button>Open the timeline</Button>
          </form>
          <h2 className="govuk-heading-m">Across the organisation</h2>
          <ul className="govuk-list govuk-list--bullet">
            <li>
              <Link className="govuk-link" to="/auditor/trail">
                The audit trail
              </Link>{' '}
              — every event, filtered by who recorded it, what, whom, and when
            </li>
            <li>
              <Link className="govuk-link" to="/auditor/trail?type=FactRetracted">
                Retractions
              </Link>{' '}
              — records withdrawn, with the reason given
            </li>
            <li>
              <Link className="govuk-link" to="/auditor/verification">
                Verify the hash chains
              </Link>{' '}
              — check that nothing recorded has been changed
            </li>
          </ul>
        </Layout>
      )}
    </RequireRole>
  );
};
