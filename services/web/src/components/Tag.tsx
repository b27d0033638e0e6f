export type TagColour = 'green' | 'red' | 'yellow' | 'grey' | 'blue' | 'orange';

/** A status tag. Its words carry the meaning; the colour only repeats them. */
export const Tag = ({ text, colour }: { readonly text: string; readonly colour?: TagColour }) => (
  <strong className={`govuk-tag${colour !== undefined ? ` govuk-tag--${colour}` : ''}`}>
    {text}
  </strong>
);
