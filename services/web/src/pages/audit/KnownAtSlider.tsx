import { instantText } from './words';

/** Where `knownAt` falls among the instants: the last one at or before it (the last when null). */
const indexOf = (instants: readonly string[], knownAt: string | null): number => {
  if (knownAt === null) return instants.length - 1;
  const at = Date.parse(knownAt);
  const before = instants.filter((i) => Date.parse(i) <= at).length;
  return Math.max(before - 1, 0);
};

/**
 * "As known at": a slider over the instants this person's facts were recorded, one stop per
 * recording; arrow keys move a stop at a time, Home and End go to the first and the last. The
 * exact instant asked is written out beside it.
 */
export const KnownAtSlider = (props: {
  readonly instants: readonly string[];
  readonly knownAt: string | null;
  readonly onChange: (instant: string) => void;
}) => {
  const { instants } = props;
  const index = indexOf(instants, props.knownAt);
  const last = instants[instants.length - 1] ?? '';
  return (
    <div className="govuk-form-group">
      <label className="govuk-label govuk-label--s" htmlFor="known-at">
        As known at
      </label>
      <div id="known-at-hint" className="govuk-hint">
        What Ladder had been told by then: one stop for each moment this person&apos;s facts were
        recorded ({instants.length} in all). Arrow keys move one stop, Home and End go to the first
        and the last.
      </div>
      <input
        id="known-at"
        name="known-at"
        type="range"
        className="ladder-range"
        min={0}
        max={Math.max(instants.length - 1, 0)}
        step={1}
        value={index}
        aria-describedby="known-at-hint known-at-value"
        aria-valuetext={`${instantText(instants[index] ?? '')}, recording ${index + 1} of ${instants.length}`}
        onChange={(e) => {
          const next = instants[Number(e.target.value)];
          if (next !== undefined) props.onChange(next);
        }}
      />
      <p id="known-at-value" className="govuk-body govuk-!-margin-top-2">
        {props.knownAt === null ? (
          <>
            Known at: <strong>now</strong>, everything recorded so far (the last recording was at{' '}
            <time dateTime={last}>{last}</time>)
          </>
        ) : (
          <>
            Known at{' '}
            <strong>
              <time dateTime={props.knownAt} data-testid="known-at-instant">
                {props.knownAt}
              </time>
            </strong>{' '}
            (recording {index + 1} of {instants.length})
          </>
        )}
      </p>
    </div>
  );
};
