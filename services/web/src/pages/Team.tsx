import { Link } from 'react-router-dom';
import type { TeamMember } from '../api/types';
import { useLoad } from '../api/use-load';
import { Layout } from '../components/Layout';
import { LoadedView } from '../components/LoadedView';
import { Table } from '../components/Table';
import { Tag } from '../components/Tag';
import { RequireRole } from '../components/RequireRole';

const VerdictCell = ({ member }: { readonly member: TeamMember }) => {
  const v = member.verdict;
  if (v === null) return <>No next grade</>;
  if (v.eligible) return <Tag text={`Eligible for ${v.toGrade ?? ''}`} colour="green" />;
  return (
    <Tag
      text={`${v.unmetEssentials} essential ${v.unmetEssentials === 1 ? 'criterion' : 'criteria'} unmet`}
      colour="yellow"
    />
  );
};

const TeamTable = ({ staffId }: { readonly staffId: string }) => {
  const [team] = useLoad<{ reports: TeamMember[] }>(
    `/staff/${encodeURIComponent(staffId)}/reports`,
  );
  return (
    <LoadedView loaded={team} what="your team">
      {({ reports }) =>
        reports.length === 0 ? (
          <p className="govuk-body">Nobody reports to you directly.</p>
        ) : (
          <Table
            caption="Your direct reports today"
            rows={reports}
            rowKey={(m) => m.staffId}
            columns={[
              {
                header: 'Name',
                cell: (m) => (
                  <Link className="govuk-link" to={`/people/${encodeURIComponent(m.staffId)}`}>
                    {m.name}
                  </Link>
                ),
              },
              { header: 'Job family', cell: (m) => m.jobFamily },
              { header: 'Grade', cell: (m) => m.grade },
              { header: 'Team', cell: (m) => m.team },
              { header: 'Next grade today', cell: (m) => <VerdictCell member={m} /> },
              {
                header: 'Due in 90 days',
                cell: (m) =>
                  m.due.length === 0
                    ? 'Nothing'
                    : m.due.map((d) => `${d.what} ${d.dueOn}`).join('; '),
              },
              {
                header: 'Open cases',
                cell: (m) =>
                  m.openCases.length === 0
                    ? 'None'
                    : m.openCases.map((c) => (
                        <Link
                          key={c.caseId}
                          className="govuk-link govuk-!-margin-right-2"
                          to={`/cases/${encodeURIComponent(c.caseId)}`}
                        >
                          {c.caseId} ({c.state})
                        </Link>
                      )),
              },
            ]}
          />
        )
      }
    </LoadedView>
  );
};

export const Team = () => (
  <RequireRole roles={['manager']}>
    {(user) => (
      <Layout title="My team">
        {user.staffId === undefined ? (
          <p className="govuk-body">
            Your sign-in is not linked to a staff record, so Ladder cannot find your team.
          </p>
        ) : (
          <TeamTable staffId={user.staffId} />
        )}
      </Layout>
    )}
  </RequireRole>
);
