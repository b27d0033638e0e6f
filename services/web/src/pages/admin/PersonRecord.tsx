import { Link, useParams } from 'react-router-dom';
import type { DirectoryEntry, StaffRecord, StaffSearchPage } from '../../api/types';
import { useLoad } from '../../api/use-load';
import { inWords } from '../../components/HistoryTable';
import { Layout } from '../../components/Layout';
import { LoadedView } from '../../components/LoadedView';
import { NextGrade } from '../../components/NextGrade';
import { RequireRole } from '../../components/RequireRole';
import { StaffHistory } from '../../components/StaffHistory';
import { SuccessBanner } from '../../components/SuccessBanner';
import { SummaryList } from '../../components/SummaryList';
import { detailsOf } from './fact-details';
import { personPath, useRecorded } from './recorded';

const PersonLink = ({ staffId }: { readonly staffId: string }) => (
  <Link className="govuk-link" to={personPath(staffId)}>
    {staffId}
  </Link>
);

/** Where they sit today, from HR's staff search (the directory holds the placement). */
const Placement = ({ staffId }: { readonly staffId: string }) => {
  const [found] = useLoad<StaffSearchPage>(
    `/staff?${new URLSearchParams({ search: staffId, limit: '200' }).toString()}`,
  );
  return (
    <LoadedView loaded={found} what="the placement">
      {({ staff }) => {
        const p: DirectoryEntry | undefined = staff.find((s) => s.staffId === staffId);
        if (p === undefined)
          return <p className="govuk-body">The staff directory has no entry for {staffId} yet.</p>;
        return (
          <SummaryList
            rows={[
              { key: 'Name', value: p.name ?? 'Not held' },
              { key: 'Staff id', value: p.staffId },
              { key: 'Job family', value: p.jobFamily },
              { key: 'Grade', value: `${p.grade} since ${p.gradeSince}` },
              { key: 'Team', value: p.team },
              { key: 'Zone', value: p.zone },
              { key: 'Contracted hours a week', value: p.contractedHours },
              { key: 'Joined', value: p.joinedOn },
              {
                key: 'Line manager',
                value: p.lineManagerId === null ? 'None' : <PersonLink staffId={p.lineManagerId} />,
              },
              {
                key: 'Status',
                value: p.status === 'active' ? 'In post' : `Left on ${p.leftOn ?? ''}`,
              },
            ]}
          />
        );
      }}
    </LoadedView>
  );
};

/** Whom they line-manage, from their own record. */
const Reports = ({ staffId }: { readonly staffId: string }) => {
  const [record] = useLoad<StaffRecord>(`/staff/${encodeURIComponent(staffId)}`);
  return (
    <LoadedView loaded={record} what="the staff record">
      {(r) =>
        r.directReports.length === 0 ? (
          <p className="govuk-body">Nobody reports to {staffId}.</p>
        ) : (
          <ul className="govuk-list">
            {r.directReports.map((id) => (
              <li key={id}>
                <PersonLink staffId={id} />
              </li>
            ))}
          </ul>
        )
      }
    </LoadedView>
  );
};

export const PersonRecord = () => {
  const { staffId = '' } = useParams();
  const recorded = useRecorded();
  const facts = `${personPath(staffId)}/facts`;
  return (
    <RequireRole roles={['hr-admin']}>
      {() => (
        <Layout title={`Record of ${staffId}`}>
          {recorded !== null && <SuccessBanner text={recorded} />}
          <Link className="govuk-button" role="button" to={facts}>
            Record a fact
          </Link>
          <h2 className="govuk-heading-m">Placement today</h2>
          <Placement staffId={staffId} />
          <h2 className="govuk-heading-m">Line reports</h2>
          <Reports staffId={staffId} />
          <h2 className="govuk-heading-m">Next grade, today</h2>
          <NextGrade staffId={staffId} />
          <h2 className="govuk-heading-m">History</h2>
          <StaffHistory
            staffId={staffId}
            more={[
              { header: 'What it says', cell: (e) => detailsOf(e.data) },
              {
                header: 'Retract',
                cell: (e) =>
                  e.retracted || e.type === 'FactRetracted' ? (
                    ''
                  ) : (
                    <Link
                      className="govuk-link"
                      to={`${facts}/retractions?${new URLSearchParams({ eventId: e.eventId }).toString()}`}
                    >
                      Retract
                      <span className="govuk-visually-hidden">
                        {' '}
                        {inWords(e.type)} effective {e.effectiveAt.slice(0, 10)}
                      </span>
                    </Link>
                  ),
              },
            ]}
          />
        </Layout>
      )}
    </RequireRole>
  );
};
