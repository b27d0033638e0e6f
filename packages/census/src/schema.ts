import { fileURLToPath } from 'node:url';

/** The year of the DfE specification Ladder's schema follows (see the file's opening note). */
export const SCHEMA_YEAR = 2022;

/** Ladder's own XSD for the return. */
export const schemaPath = fileURLToPath(new URL('../schema/ladder-csww-2022.xsd', import.meta.url));
