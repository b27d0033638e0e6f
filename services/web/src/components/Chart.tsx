import { useEffect, useId, useRef } from 'react';

/**
 * A chart drawn by Observable Plot into a figure. `draw` returns Plot's element (built from the
 * same rows as the table beside it); the figure is named by its caption and described in words
 * for screen readers, and the drawing itself is hidden from them — the table carries the numbers.
 * `data-drawn` marks a drawn chart, for tests and the dashboard benchmark.
 */
export const Chart = (props: {
  readonly title: string;
  readonly description: string;
  readonly draw: () => Element;
}) => {
  const holder = useRef<HTMLDivElement>(null);
  const id = useId();
  const { draw } = props;
  useEffect(() => {
    const element = holder.current;
    if (element === null) return;
    const drawing = draw();
    drawing.setAttribute('aria-hidden', 'true');
    element.replaceChildren(drawing);
    element.dataset['drawn'] = 'true';
    return () => {
      element.replaceChildren();
      delete element.dataset['drawn'];
    };
  }, [draw]);
  return (
    <figure
      className="ladder-chart"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-description`}
    >
      <figcaption>
        <h3 className="govuk-heading-s govuk-!-margin-bottom-1" id={`${id}-title`}>
          {props.title}
        </h3>
        <p className="govuk-body-s" id={`${id}-description`}>
          {props.description}
        </p>
      </figcaption>
      <div ref={holder} className="ladder-chart__drawing" data-chart={props.title} />
    </figure>
  );
};
