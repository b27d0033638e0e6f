import type { RegradeStatus } from '../api/types';
import { Tag, type TagColour } from '../components/Tag';

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
