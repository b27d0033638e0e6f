// Asks a broker for its metadata with a raw Kafka Metadata v0 request (no dependencies, so it
// runs before `pnpm install`). Exits 0 when a broker answers with at least one live broker,
// 1 otherwise. Usage: node probe.mjs [host:port] [timeoutMs]
import { Buffer } from 'node:buffer';
import net from 'node:net';
import process from 'node:process';

const [host = '127.0.0.1', port = '19092'] = (process.argv[2] ?? '').split(':').filter(Boolean);
const timeoutMs = Number(process.argv[3] ?? 2000);
const correlationId = 0x4c414444; // "LADD"
const clientId = Buffer.from('ladder-probe');

// Request header v1 + Metadata v0 body: api_key=3, api_version=0, correlation id, client id,
// topics = [] (v0: an empty array asks for every topic).
const body = Buffer.alloc(2 + 2 + 4 + 2 + clientId.length + 4);
let at = 0;
at = body.writeInt16BE(3, at);
at = body.writeInt16BE(0, at);
at = body.writeInt32BE(correlationId, at);
at = body.writeInt16BE(clientId.length, at);
at += clientId.copy(body, at);
body.writeInt32BE(0, at);
const size = Buffer.alloc(4);
size.writeInt32BE(body.length);

const socket = net.connect({ host, port: Number(port) });
const fail = () => {
  socket.destroy();
  process.exit(1);
};
socket.setTimeout(timeoutMs, fail);
socket.on('error', fail);
socket.on('connect', () => socket.write(Buffer.concat([size, body])));
let received = Buffer.alloc(0);
socket.on('data', (chunk) => {
  received = Buffer.concat([received, chunk]);
  if (received.length < 12) return;
  // Response: size, correlation id, then the brokers array (count first).
  const ok = received.readInt32BE(4) === correlationId && received.readInt32BE(8) >= 1;
  socket.destroy();
  process.exit(ok ? 0 : 1);
});
