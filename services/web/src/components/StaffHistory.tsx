import type { StaffFactEvent } from '../api/types';
import { useLoad } from '../api/use-load';
import { HistoryTable } from './HistoryTable';
import { LoadedView } from './LoadedView';
import type { Column } from './Table';
import { Tag } from './Tag';

/** A person's recorded history as `GET /staff/{id}/history` answers it, retractions marked. */
export const StaffHistory = (props: {
  readonly staffId: string;
  /** Columns a page adds (HR's record: what each fact says, a retraction link). */
  readonly more?: readonly Column<StaffFactEvent>[];
}) => {
  const [history] = useLoad<{ events: StaffFactEvent[] }>(
    `/staff/${encodeURIComponent(props.staffId)}/history`,
  );
  return (
    <LoadedView loaded={history} what="the recorded history">
      {({ events }) => (
        <HistoryTable
          caption="Recorded history"
          events={events}
          last={{
            header: 'Retracted',
            cell: (e) => (e.retracted ? <Tag text="Retracted" colour="grey" /> : 'No'),
          }}
          {...(props.more !== undefined ? { more: props.more } : {})}
        />
      )}
    </LoadedView>
  );
};
