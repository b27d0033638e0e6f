// A self-signed certificate for localhost/127.0.0.1 (valid to 2126), committed for TESTS
// ONLY: it lets the stand-in serve TLS so that `tls`, `tlsCAFile` and credentials in a
// connection string can be exercised. Never use it for anything else.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const caFile = fileURLToPath(new URL('../tls/standin.crt', import.meta.url));
const keyFile = fileURLToPath(new URL('../tls/standin.key', import.meta.url));

export const testCertificate = (): {
  readonly certChain: Buffer;
  readonly privateKey: Buffer;
  readonly caFile: string;
} => ({ certChain: readFileSync(caFile), privateKey: readFileSync(keyFile), caFile });
