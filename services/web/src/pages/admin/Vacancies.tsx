import { Link, useNavigate, useParams } from 'react-router-dom';
import type { OpenVacancy } from '../../api/types';
import { useLoad } from '../../api/use-load';
import { Layout } from '../../components/Layout';
import { LoadedView } from '../../components/LoadedView';
import { RequireRole } from '../../components/RequireRole';
import { SuccessBanner } from '../../components/SuccessBanner';
import { Table } from '../../components/Table';
import { useRecorded } from './recorded';
import { SpecForm } from './SpecForm';
import { openVacancyForm, vacancySteps } from './vacancy-forms';

const stepPath = (vacancyId: string, step: string): string =>
  `/admin/vacancies/${encodeURIComponent(vacancyId)}/${step}`;

/** The open vacancies today, each with its next steps; and the way to open one. */
export const Vacancies = () => {
  const recorded = useRecorded();
  const [open] = useLoad<{ asOf: string; vacancies: OpenVacancy[] }>('/vacancies?status=open');
  return (
    <RequireRole roles={['hr-admin']}>
      {() => (
        <Layout title="Vacancies">
          {recorded !== null && <SuccessBanner text={recorded} />}
          <Link className="govuk-button" role="button" to="/admin/vacancies/new">
            Open a vacancy
          </Link>
          <LoadedView loaded={open} what="the open vacancies">
            {({ asOf, vacancies }) =>
              vacancies.length === 0 ? (
                <p className="govuk-body">No vacancy is open on {asOf}.</p>
              ) : (
                <Table
                  caption={`Open on ${asOf}`}
                  rows={vacancies}
                  rowKey={(v) => v.vacancyId}
                  columns={[
                    { header: 'Vacancy', cell: (v) => v.vacancyId },
                    { header: 'Grade', cell: (v) => `${v.grade} (${v.jobFamily})` },
                    { header: 'Team', cell: (v) => `${v.team}, ${v.zone}` },
                    { header: 'Opened', cell: (v) => v.openedOn },
                    { header: 'Days open', cell: (v) => v.daysOpen, numeric: true },
                    {
                      header: 'Next step',
                      cell: (v) => (
                        <>
                          <Link
                            className="govuk-link govuk-!-margin-right-3"
                            to={stepPath(v.vacancyId, 'filling')}
                          >
                            Fill<span className="govuk-visually-hidden"> {v.vacancyId}</span>
                          </Link>
                          <Link className="govuk-link" to={stepPath(v.vacancyId, 'withdrawal')}>
                            Withdraw<span className="govuk-visually-hidden"> {v.vacancyId}</span>
                          </Link>
                        </>
                      ),
                    },
                  ]}
                />
              )
            }
          </LoadedView>
        </Layout>
      )}
    </RequireRole>
  );
};

export const OpenVacancyPage = () => {
  const navigate = useNavigate();
  return (
    <RequireRole roles={['hr-admin']}>
      {() => (
        <Layout title={openVacancyForm.title}>
          <SpecForm
            spec={openVacancyForm}
            path="/vacancies"
            onDone={(w) =>
              void navigate('/admin/vacancies', {
                state: { recorded: `Vacancy ${w.vacancyId ?? ''} opened.` },
              })
            }
          />
        </Layout>
      )}
    </RequireRole>
  );
};

/** Filling or withdrawing one vacancy. */
export const VacancyStep = () => {
  const { vacancyId = '', step = '' } = useParams();
  const navigate = useNavigate();
  const spec = vacancySteps[step];
  return (
    <RequireRole roles={['hr-admin']}>
      {() =>
        spec === undefined ? (
          <Layout title="No such step">
            <Link className="govuk-link" to="/admin/vacancies">
              Back to the vacancies
            </Link>
          </Layout>
        ) : (
          <Layout title={`${spec.title} ${vacancyId}`}>
            <SpecForm
              spec={spec}
              path={`/vacancies/${encodeURIComponent(vacancyId)}/${step}`}
              onDone={() =>
                void navigate('/admin/vacancies', {
                  state: { recorded: `${spec.done}: ${vacancyId}.` },
                })
              }
            />
          </Layout>
        )
      }
    </RequireRole>
  );
};
