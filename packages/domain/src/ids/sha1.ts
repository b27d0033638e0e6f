// SHA-1 (FIPS 180-4), only to derive RFC 4122 name-based ids. Not used for security.
// Typed arrays and one reused message schedule: every event id a command writes is derived
// through here, so it sits on the append path.

const rotl = (x: number, n: number): number => (x << n) | (x >>> (32 - n));
const w = new Int32Array(80);

export const sha1 = (message: readonly number[]): number[] => {
  const length = message.length;
  const padded = new Uint8Array(Math.ceil((length + 9) / 64) * 64);
  padded.set(message);
  padded[length] = 0x80;
  const bitLength = length * 8;
  const end = padded.length;
  padded[end - 5] = Math.floor(bitLength / 2 ** 32) & 255;
  padded[end - 4] = (bitLength >>> 24) & 255;
  padded[end - 3] = (bitLength >>> 16) & 255;
  padded[end - 2] = (bitLength >>> 8) & 255;
  padded[end - 1] = bitLength & 255;
  let h0 = 0x67452301;
  let h1 = 0xefcdab89;
  let h2 = 0x98badcfe;
  let h3 = 0x10325476;
  let h4 = 0xc3d2e1f0;
  for (let chunk = 0; chunk < end; chunk += 64) {
    for (let i = 0; i < 16; i++) {
      const j = chunk + i * 4;
      w[i] =
        ((padded[j] ?? 0) << 24) |
        ((padded[j + 1] ?? 0) << 16) |
        ((padded[j + 2] ?? 0) << 8) |
        (padded[j + 3] ?? 0);
    }
    for (let i = 16; i < 80; i++)
      w[i] = rotl((w[i - 3] ?? 0) ^ (w[i - 8] ?? 0) ^ (w[i - 14] ?? 0) ^ (w[i - 16] ?? 0), 1);
    let a = h0;
    let b = h1;
    let c = h2;
    let d = h3;
    let e = h4;
    for (let i = 0; i < 80; i++) {
      const f =
        i < 20
          ? (b & c) | (~b & d)
          : i < 40
            ? b ^ c ^ d
            : i < 60
              ? (b & c) | (b & d) | (c & d)
              : b ^ c ^ d;
      const k = i < 20 ? 0x5a827999 : i < 40 ? 0x6ed9eba1 : i < 60 ? 0x8f1bbcdc : 0xca62c1d6;
      const temp = (rotl(a, 5) + f + e + k + (w[i] ?? 0)) | 0;
      e = d;
      d = c;
      c = rotl(b, 30);
      b = a;
      a = temp;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
  }
  return [h0, h1, h2, h3, h4].flatMap((h) => [
    (h >>> 24) & 255,
    (h >>> 16) & 255,
    (h >>> 8) & 255,
    h & 255,
  ]);
};
