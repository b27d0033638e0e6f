import * as t from 'io-ts';

// Special-category items the census asks for: they live only under `personal`.

export const Gender = t.keyof(
  { 'not-known': null, male: null, female: null, 'not-specified': null },
  'Gender',
);
export type Gender = t.TypeOf<typeof Gender>;

/** The DfE's ethnicity codes, as the census and the school censuses write them. */
export const Ethnicity = t.keyof(
  {
    WBRI: null,
    WIRI: null,
    WOTH: null,
    MWBC: null,
    MWBA: null,
    MWAS: null,
    MOTH: null,
    AIND: null,
    APKN: null,
    ABAN: null,
    AOTH: null,
    BCRB: null,
    BAFR: null,
    BOTH: null,
    CHNE: null,
    OOTH: null,
    REFU: null,
    NOBT: null,
  },
  'Ethnicity',
);
export type Ethnicity = t.TypeOf<typeof Ethnicity>;
