import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Button } from '../../components/Button';
import { DateInput, isoOf, partsOf, type DateParts } from '../../components/DateInput';
import { Layout } from '../../components/Layout';
import { RequireRole } from '../../components/RequireRole';
import { CaseloadByTeam } from './CaseloadByTeam';
import { ExpiringByMonth } from './ExpiringByMonth';
import { HeadcountAsOf } from './HeadcountAsOf';
import { HeadcountOverTime } from './HeadcountOverTime';
import { OpenVacancies } from './OpenVacancies';
import { Pipeline } from './Pipeline';

const today = (): string => new Date().toISOString().slice(0, 10);

/** The date the figures are for, kept in the address (`?asOf=`) so a view can be shared. */
const AsOfForm = ({
  asOf,
  onChange,
}: {
  readonly asOf: string;
  readonly onChange: (d: string) => void;
}) => {
  const [parts, setParts] = useState<DateParts>(partsOf(asOf));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange(isoOf(parts));
  };
  return (
    <form onSubmit={submit} noValidate>
      <DateInput
        id="as-of"
        legend="Show the workforce on"
        hint="For example, 31 3 2026. Headcount, vacancies, the pipeline and what falls due are for this date."
        value={parts}
        onChange={setParts}
      />
      <Button secondary>Show figures for this date</Button>
    </form>
  );
};

const contents = [
  { href: '#headcount-heading', text: 'Headcount and FTE' },
  { href: '#series-heading', text: 'Headcount over time' },
  { href: '#vacancies-heading', text: 'Open vacancies' },
  { href: '#pipeline-heading', text: 'Progression pipeline' },
  { href: '#expiring-heading', text: 'Registrations, DBS checks and training falling due' },
  { href: '#caseload-heading', text: 'Caseloads by team' },
];

/** The planner's dashboard: every figure from the API's planner routes, each chart with its table. */
export const PlannerDashboard = () => {
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf') ?? today();
  return (
    <RequireRole roles={['planner', 'hr-admin']}>
      {() => (
        <Layout title="Workforce dashboard">
          <AsOfForm key={asOf} asOf={asOf} onChange={(d) => setParams({ asOf: d })} />
          <div className="govuk-inset-text">
            Counts of 1 to 4 people are <strong>withheld</strong> so that nobody can be singled out;
            where one figure in a table is withheld, the next smallest is withheld too, so it cannot
            be worked out from the total. Open vacancies are posts, not people, and are counted
            exactly.
          </div>
          <nav aria-label="On this page">
            <h2 className="govuk-heading-s">On this page</h2>
            <ul className="govuk-list">
              {contents.map((c) => (
                <li key={c.href}>
                  <a className="govuk-link" href={c.href}>
                    {c.text}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <HeadcountAsOf asOf={asOf} />
          <HeadcountOverTime />
          <OpenVacancies asOf={asOf} />
          <Pipeline asOf={asOf} />
          <ExpiringByMonth asOf={asOf} />
          <CaseloadByTeam asOf={asOf} />
        </Layout>
      )}
    </RequireRole>
  );
};
