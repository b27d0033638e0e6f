// The census preview as GET /census/csww/preview answers it: the API's own reply codecs.
export type { CensusIndicators, CensusPreview, NationalFigures } from '@ladder/api/wire';
