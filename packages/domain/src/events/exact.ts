import * as t from 'io-ts';

// Event payload codecs drop fields they do not know, so nothing a writer slips in (a note
// about a conviction, say) can reach the stored facts outside `personal`.

export const exactType = <P extends t.Props>(props: P, name?: string) =>
  t.exact(t.type(props), name);

export const exactPartial = <P extends t.Props>(props: P, name?: string) =>
  t.exact(t.partial(props), name);
