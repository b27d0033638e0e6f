import { useLocation } from 'react-router-dom';

// After a write the form goes back to the page it came from, saying what it recorded.

export interface Recorded {
  readonly recorded: string;
}

/** What the previous page recorded, when it came here from a successful write. */
export const useRecorded = (): string | null => {
  const state: unknown = useLocation().state;
  return typeof state === 'object' &&
    state !== null &&
    'recorded' in state &&
    typeof state.recorded === 'string'
    ? state.recorded
    : null;
};

export const personPath = (staffId: string): string =>
  `/admin/people/${encodeURIComponent(staffId)}`;
