/** The regulator whose numbers the census keys workers on (HCPC before 2 Dec 2019). */
export const SOCIAL_WORK_ENGLAND = 'Social Work England';

/**
 * A Social Work England number: `SW` and 1–6 digits without a leading zero, the form the
 * DfE's own validation checks (the register kept the HCPC's `SW` numbers at the handover).
 */
export const SWE_NUMBER = /^SW[1-9]\d{0,5}$/;

export const isSweNumber = (registrationNumber: string): boolean =>
  SWE_NUMBER.test(registrationNumber);
