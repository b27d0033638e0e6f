import type { TimelineStatus } from '../../api/audit-types';
import { Tag, type TagColour } from '../../components/Tag';

/** How an event stands for the chosen pair, in words (the colour only repeats them). */
export const statusWords: Readonly<Record<TimelineStatus, { text: string; colour: TagColour }>> = {
  'in-effect': { text: 'In effect', colour: 'green' },
  'not-in-effect': { text: 'Not yet in effect', colour: 'blue' },
  'not-yet-known': { text: 'Not yet known', colour: 'grey' },
  retracted: { text: 'Retracted', colour: 'red' },
};

export const StatusTag = ({ status }: { readonly status: TimelineStatus }) => (
  <Tag {...statusWords[status]} />
);
