import { Link } from 'react-router-dom';
import type { RegradeListItem, RegradeStatus } from '../api/types';
import type { Column } from '../components/Table';
import { Tag, type TagColour } from '../components/Tag';

// What every list of regrade cases shows, so the approvals queue and "My cases" read alike.

const colours: Readonly<Record<RegradeStatus, TagColour>> = {
  requested: 'grey',
  assessed: 'blue',
  approved: 'green',
  rejected: 'red',
  completed: 'green',
  withdrawn: 'grey',
};

export const CaseStatusTag = ({ status }: { readonly status: RegradeStatus }) => (
  <Tag text={status[0]?.toUpperCase() + status.slice(1)} colour={colours[status]} />
);

export const caseColumns: readonly Column<RegradeListItem>[] = [
  {
    header: 'Case',
    cell: (c) => (
      <Link className="govuk-link" to={`/cases/${encodeURIComponent(c.caseId)}`}>
        {c.caseId}
      </Link>
    ),
  },
  { header: 'Staff', cell: (c) => c.staffId },
  { header: 'Regrade', cell: (c) => `${c.fromGrade} to ${c.toGrade} (${c.jobFamily})` },
  { header: 'Requested', cell: (c) => c.requestedOn },
  { header: 'Status', cell: (c) => <CaseStatusTag status={c.state} /> },
];
