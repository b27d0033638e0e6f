import { Link } from 'react-router-dom';
import type { TeamMember } from '../api/types';
import { useLoad } from '../api/use-load';
import { Layout } from '../components/Layout';
import { LoadedView } from '../components/LoadedView';
import { Table } from '../components/Table';
import { Tag } from '../components/Tag';
import { RequireRole } from '../components/RequireRole';
import { TeamCaseload } from './caseload/TeamCaseload';

const dueWords: Readonly<Record<TeamMember['due'][number]['kind'], string>> = {
  registration: 'Registration',
  dbs: 'DBS check',
  training: 'Training',
};

/** People by the name they joined under; the staff id where the directory holds no name. */
const nameOf = (member: TeamMember): string => member.name ?? member.staffId;

/** Today's verdict in brief: the tag says it in words; the domain's summary is one click away. */
const VerdictCell = ({ member }: { readonly member: TeamMember }) => {
  const v = member.verdict;
  if (v === null || v.toGrade === null) return <>No next grade</>;
  return (
    <>
      {v.eligible ? (
        <Tag text={`Eligible for ${v.toGrade}`} colour="green" />
      ) : (
        <Tag text={`Not yet eligible for ${v.toGrade}`} colour="yellow" />
      )}
      {!v.eligible && (
        <details className="govuk-details govuk-!-margin-top-2 govuk-!-margin-bottom-0">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">
              Why
              <span className="govuk-visually-hidden"> {nameOf(member)} is not yet eligible</span>
            </span>
          </summary>
          <div className="govuk-details__text">{v.summary}</div>
        </details>
      )}
    </>
  );
};

const DueCell = ({ member }: { readonly member: TeamMember }) =>
  member.due.length === 0 ? (
    <>Nothing</>
  ) : (
    <ul className="govuk-list">
      {member.due.map((d) => (
        <li key={`${d.kind}-${d.item}-${d.dueOn}`}>
          {dueWords[d.kind]} {d.item}:{' '}
          {d.overdue ? <strong>overdue since {d.dueOn}</strong> : `due ${d.dueOn}`}
        </li>
      ))}
    </ul>
  );

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
                header: 'Person',
                cell: (m) => (
                  <Link className="govuk-link" to={`/people/${encodeURIComponent(m.staffId)}`}>
                    {nameOf(m)}
                  </Link>
                ),
              },
              { header: 'Staff id', cell: (m) => m.staffId },
              { header: 'Job family', cell: (m) => m.jobFamily },
              { header: 'Grade', cell: (m) => m.grade },
              { header: 'Team', cell: (m) => m.team },
              { header: 'Next grade today', cell: (m) => <VerdictCell member={m} /> },
              { header: 'Due in 90 days', cell: (m) => <DueCell member={m} /> },
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
          <>
            <TeamTable staffId={user.staffId} />
            <TeamCaseload />
          </>
        )}
      </Layout>
    )}
  </RequireRole>
);
