import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import type { StaffFactEvent } from '../../api/types';
import { useLoad } from '../../api/use-load';
import { inWords } from '../../components/HistoryTable';
import { Layout } from '../../components/Layout';
import { LoadedView } from '../../components/LoadedView';
import { RequireRole } from '../../components/RequireRole';
import { detailsOf } from './fact-details';
import { personPath } from './recorded';
import { SpecForm } from './SpecForm';
import { staffFacts, type StaffFactForm } from './staff-facts';

/** A retraction chooses among the facts still standing (the record's "Retract" link picks one). */
const RetractionForm = (props: {
  readonly staffId: string;
  readonly spec: StaffFactForm;
  readonly path: string;
  readonly onDone: () => void;
}) => {
  const [params] = useSearchParams();
  const [history] = useLoad<{ events: StaffFactEvent[] }>(
    `/staff/${encodeURIComponent(props.staffId)}/history`,
  );
  const eventId = params.get('eventId');
  return (
    <LoadedView loaded={history} what="the recorded facts">
      {({ events }) => (
        <SpecForm
          spec={props.spec}
          path={props.path}
          onDone={props.onDone}
          {...(eventId !== null ? { initial: { eventId } } : {})}
          facts={events
            .filter((e) => !e.retracted && e.type !== 'FactRetracted')
            .map((e) => ({
              value: e.eventId,
              text: `${e.effectiveAt.slice(0, 10)} ${inWords(e.type)} — ${detailsOf(e.data)}`,
            }))}
        />
      )}
    </LoadedView>
  );
};

export const FactPage = () => {
  const { staffId = '', segment = '' } = useParams();
  const navigate = useNavigate();
  const spec = staffFacts.find((f) => f.segment === segment);
  const back = personPath(staffId);
  const path = `/staff/${encodeURIComponent(staffId)}/${segment}`;
  return (
    <RequireRole roles={['hr-admin']}>
      {() =>
        spec === undefined ? (
          <Layout title="No such kind of fact">
            <p className="govuk-body">
              <Link className="govuk-link" to={`${back}/facts`}>
                Choose what to record
              </Link>
            </p>
          </Layout>
        ) : (
          <Layout title={`${spec.title} — ${staffId}`}>
            <p className="govuk-body">Records {spec.about}.</p>
            {spec.segment === 'retractions' ? (
              <RetractionForm
                staffId={staffId}
                spec={spec}
                path={path}
                onDone={() =>
                  void navigate(back, { state: { recorded: `${spec.title} recorded.` } })
                }
              />
            ) : (
              <SpecForm
                spec={spec}
                path={path}
                onDone={() =>
                  void navigate(back, { state: { recorded: `${spec.title} recorded.` } })
                }
              />
            )}
            <p className="govuk-body">
              <Link className="govuk-link" to={back}>
                Back to the record of {staffId}
              </Link>
            </p>
          </Layout>
        )
      }
    </RequireRole>
  );
};
