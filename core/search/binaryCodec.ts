// Compact storage for posting lists: unsigned varints (7 bits per byte) in growable byte buffers, and base64
// so that the serialised index stays a JSON document that parses quickly (a few long strings, not millions of numbers).

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const ALPHABET_CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
const PAD = '='.charCodeAt(0);
/** Bytes per String.fromCharCode call: well under any engine's limit on arguments. */
const STRING_CHUNK = 8192;
const DECODE = new Uint8Array(128);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

export function encodeBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] as number;
    const b = i + 1 < bytes.length ? (bytes[i + 1] as number) : 0;
    const c = i + 2 < bytes.length ? (bytes[i + 2] as number) : 0;
    out[o++] = ALPHABET_CODES[a >> 2] as number;
    out[o++] = ALPHABET_CODES[((a & 3) << 4) | (b >> 4)] as number;
    out[o++] = i + 1 < bytes.length ? (ALPHABET_CODES[((b & 15) << 2) | (c >> 6)] as number) : PAD;
    out[o++] = i + 2 < bytes.length ? (ALPHABET_CODES[c & 63] as number) : PAD;
  }
  // Building the string from large chunks of bytes is far faster than concatenating millions of characters,
  // and needs no TextDecoder (a host global, not part of the language the domain is written against).
  let text = '';
  for (let i = 0; i < out.length; i += STRING_CHUNK) text += String.fromCharCode(...out.subarray(i, i + STRING_CHUNK));
  return text;
}

export function decodeBase64(text: string): Uint8Array {
  let padding = 0;
  if (text.endsWith('==')) padding = 2;
  else if (text.endsWith('=')) padding = 1;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const n =
      ((DECODE[text.charCodeAt(i)] as number) << 18) |
      ((DECODE[text.charCodeAt(i + 1)] as number) << 12) |
      ((DECODE[text.charCodeAt(i + 2)] as number) << 6) |
      (DECODE[text.charCodeAt(i + 3)] as number);
    bytes[o++] = n >> 16;
    if (o < bytes.length) bytes[o++] = (n >> 8) & 255;
    if (o < bytes.length) bytes[o++] = n & 255;
  }
  return bytes;
}

/** Appends unsigned integers as varints. */
export class VarintWriter {
  private buffer = new Uint8Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length + 5 > this.buffer.length) {
      const grown = new Uint8Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    let v = value;
    while (v >= 128) {
      this.buffer[this.length++] = (v & 127) | 128;
      v = Math.floor(v / 128);
    }
    this.buffer[this.length++] = v;
  }

  bytes(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}

/** Reads `count` varints (or all of them) from `bytes`. */
export function readVarints(bytes: Uint8Array, count = Infinity): number[] {
  const values: number[] = [];
  let i = 0;
  while (i < bytes.length && values.length < count) {
    let value = 0;
    let scale = 1;
    let byte: number;
    do {
      byte = bytes[i++] as number;
      value += (byte & 127) * scale;
      scale *= 128;
    } while (byte & 128);
    values.push(value);
  }
  return values;
}

export function encodeUints(values: ArrayLike<number>): string {
  const writer = new VarintWriter();
  for (let i = 0; i < values.length; i++) writer.push(values[i] as number);
  return encodeBase64(writer.bytes());
}

export function decodeUints(text: string): Uint32Array {
  return Uint32Array.from(readVarints(decodeBase64(text)));
}
