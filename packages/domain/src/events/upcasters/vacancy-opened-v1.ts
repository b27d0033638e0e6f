/**
 * The service recorded for a vacancy opened before v2. Both job families Ladder was built
 * from are Children's Services posts (Dorset's job family is "Health and Social Care –
 * Children's Services"; Bexley's social workers are in Children's Services), and the engine
 * held no other service's posts, so a v1 vacancy was a Children's Services vacancy: this is
 * what the record meant, not a guess.
 */
export const SERVICE_AREA_BEFORE_V2 = 'childrens-services';

/** VacancyOpened v1 → v2: v1 had no `serviceArea`. */
export const upcastVacancyOpenedV1 = (data: unknown): unknown =>
  typeof data === 'object' && data !== null && !Array.isArray(data)
    ? { ...data, serviceArea: SERVICE_AREA_BEFORE_V2 }
    : data;
