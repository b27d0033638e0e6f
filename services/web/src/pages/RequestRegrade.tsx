import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { postJson, randomId } from '../api/client';
import { messageFor } from '../api/problem';
import type { OpenVacancy, Verdict } from '../api/types';
import { useLoad } from '../api/use-load';
import { Button } from '../components/Button';
import { ErrorSummary } from '../components/ErrorSummary';
import { Layout } from '../components/Layout';
import { LoadedView } from '../components/LoadedView';
import { Panel } from '../components/Panel';
import { RequireRole } from '../components/RequireRole';
import { Select } from '../components/Select';
import { VerdictView } from '../components/VerdictView';
import { errorsOf } from '../forms/errors';
import { useSubmission } from '../forms/use-submission';

interface Requested {
  readonly caseId: string;
  readonly verdict: Verdict | null;
  readonly assessmentError?: string;
}

const labels = { vacancyId: 'Vacancy' } as const;

/** The verdict is the API's, for the vacancy chosen (or none): shown before anything is sent. */
const RegradeForm = ({
  staffId,
  verdict,
}: {
  readonly staffId: string;
  readonly verdict: Verdict;
}) => {
  // The family's policy says whether a vacancy is needed: its verdict then has a vacancy line.
  const needsVacancy = verdict.lines.some((l) => l.kind === 'vacancy-open');
  const [vacancyId, setVacancyId] = useState('');
  const base = `/staff/${encodeURIComponent(staffId)}/eligibility`;
  const [vacancies] = useLoad<{ vacancies: OpenVacancy[] }>(
    needsVacancy && verdict.jobFamily !== null && verdict.toGrade !== null
      ? `/vacancies?status=open&jobFamily=${verdict.jobFamily}&grade=${verdict.toGrade}`
      : null,
  );
  const [chosen] = useLoad<Verdict>(
    vacancyId === '' ? null : `${base}?vacancyId=${encodeURIComponent(vacancyId)}`,
  );
  const form = useSubmission<Requested>();
  const shown = vacancyId !== '' && chosen.kind === 'ok' ? chosen.body : verdict;

  if (form.done !== null)
    return (
      <>
        <Panel title="Regrade requested">
          Case <strong>{form.done.caseId}</strong>
        </Panel>
        <h2 className="govuk-heading-m">Verdict as recorded on the case</h2>
        {form.done.verdict !== null ? (
          <VerdictView verdict={form.done.verdict} />
        ) : (
          <p className="govuk-body">
            The case is recorded, but it could not be assessed yet: {form.done.assessmentError}
          </p>
        )}
        <p className="govuk-body">
          <Link className="govuk-link" to={`/cases/${encodeURIComponent(form.done.caseId)}`}>
            Follow the case
          </Link>
        </p>
      </>
    );

  const send = () =>
    form.submit((idempotencyKey) =>
      postJson<Requested>(
        '/regrades',
        {
          caseId: randomId('case'),
          staffId,
          jobFamily: verdict.jobFamily,
          fromGrade: verdict.fromGrade,
          toGrade: verdict.toGrade,
          ...(vacancyId !== '' ? { vacancyId } : {}),
        },
        { idempotencyKey },
      ),
    );

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <ErrorSummary errors={errorsOf(form.problem, labels, { vacancyId: 'vacancyId' })} />
      <p className="govuk-body">
        From {verdict.fromGrade} to {verdict.toGrade} ({verdict.jobFamily}).
      </p>
      {needsVacancy && (
        <LoadedView loaded={vacancies} what="the open vacancies">
          {({ vacancies: open }) => (
            <Select
              id="vacancyId"
              label={labels.vacancyId}
              hint={`This family progresses into a vacant ${verdict.toGrade ?? ''} role. Choose the one this request is for.`}
              value={vacancyId}
              onChange={setVacancyId}
              error={messageFor(form.problem, 'vacancyId', labels.vacancyId)}
              options={[
                {
                  value: '',
                  text: open.length === 0 ? 'No open vacancy at this grade' : 'Choose a vacancy',
                },
                ...open.map((v) => ({
                  value: v.vacancyId,
                  text: `${v.vacancyId} — ${v.team}, open since ${v.openedOn}`,
                })),
              ]}
            />
          )}
        </LoadedView>
      )}
      <h2 className="govuk-heading-m">Verdict if you request it now</h2>
      <VerdictView verdict={shown} />
      <Button sending={form.sending}>Request regrade</Button>
    </form>
  );
};

export const RequestRegrade = () => {
  const { staffId = '' } = useParams();
  const [verdict] = useLoad<Verdict>(`/staff/${encodeURIComponent(staffId)}/eligibility`);
  return (
    <RequireRole roles={['manager', 'hr-admin']}>
      {() => (
        <Layout title={`Request a regrade for ${staffId}`}>
          <LoadedView loaded={verdict} what="the eligibility verdict">
            {(v) => <RegradeForm staffId={staffId} verdict={v} />}
          </LoadedView>
        </Layout>
      )}
    </RequireRole>
  );
};
