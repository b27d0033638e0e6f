import { instantText } from './words';

/** Where `knownAt` falls: the last instant at or before it (-1: before the first; null: now). */
const indexOf = (instants: readonly string[], knownAt: string | null): number => {
  if (knownAt === null) return instants.length - 1;
  const at = Date.parse(knownAt);
  return instants.filter((i) => Date.parse(i) <= at).length - 1;
};

/** Which recording the instant is, or falls after, in words. */
const placeOf = (instants: readonly string[], knownAt: string, index: number): string => {
  if (index < 0) return 'before the first recording';
  const place = `recording ${index + 1} of ${instants.length}`;
  return instants[index] === knownAt ? place : `after ${place}`;
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
  /** What was recorded at the chosen instant, in words. */
  readonly recordedThen: readonly string[];
}) => {
  const { instants } = props;
  const at = indexOf(instants, props.knownAt);
  const index = Math.max(at, 0);
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
            ({placeOf(instants, props.knownAt, at)})
          </>
        )}
      </p>
      {props.recordedThen.length > 0 && (
        <p className="govuk-body-s" data-testid="recorded-then">
          Recorded at this instant: {props.recordedThen.join('; ')}
        </p>
      )}
    </div>
  );
};
