import * as t from 'io-ts';

// The council service a post sits in ("a specific vacant role within Children's Services"):
// a lower-case slug such as `childrens-services` or `adult-social-care`, so that a policy and
// a vacancy name the same service the same way (no "Children's Services" vs "CS" drift).

export const SERVICE_AREA_PATTERN = '^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$';
export const SERVICE_AREA_MAX_LENGTH = 64;
const SLUG = new RegExp(SERVICE_AREA_PATTERN);

export interface ServiceAreaBrand {
  readonly ServiceArea: unique symbol;
}
export const ServiceArea = t.brand(
  t.string,
  (s): s is t.Branded<string, ServiceAreaBrand> =>
    s.length <= SERVICE_AREA_MAX_LENGTH && SLUG.test(s),
  'ServiceArea',
);
export type ServiceArea = t.TypeOf<typeof ServiceArea>;
