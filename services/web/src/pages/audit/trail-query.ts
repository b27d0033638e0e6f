// The audit trail's filters as the page's URL holds them (so a filtered page can be linked) and
// as `GET /audit/events` takes them: the same names, passed through unchanged.

export const filterFields = [
  { key: 'actorId', label: 'Recorded by', hint: 'The id of who recorded it, for example hr-demo' },
  {
    key: 'type',
    label: 'Event type',
    hint: 'As recorded, for example FactRetracted or QualificationRecorded',
  },
  { key: 'staffId', label: 'Whom it concerns', hint: 'A staff id, for example s00042' },
  { key: 'recordedFrom', label: 'Recorded from', hint: 'A date (2025-04-01) or an instant' },
  { key: 'recordedTo', label: 'Recorded to', hint: 'A date (the whole day) or an instant' },
  { key: 'effectiveFrom', label: 'Effective from', hint: 'A date or an instant' },
  { key: 'effectiveTo', label: 'Effective to', hint: 'A date (the whole day) or an instant' },
] as const;

export type FilterKey = (typeof filterFields)[number]['key'];
export type Filters = Readonly<Partial<Record<FilterKey, string>>>;

/** Events per page. */
export const PAGE_SIZE = 25;

export const filtersOf = (search: URLSearchParams): Filters =>
  Object.fromEntries(
    filterFields.flatMap((f) => {
      const value = search.get(f.key)?.trim() ?? '';
      return value === '' ? [] : [[f.key, value]];
    }),
  );

/** The query string for the filters (blank ones left out), and a page's cursor when given. */
export const queryOf = (filters: Filters, cursor?: string | null): string => {
  const q = new URLSearchParams();
  for (const f of filterFields) {
    const value = filters[f.key]?.trim() ?? '';
    if (value !== '') q.set(f.key, value);
  }
  if (cursor !== undefined && cursor !== null) q.set('cursor', cursor);
  return q.toString();
};
