import { describe, expect, it } from 'vitest';
import { decodeBase64, decodeUints, encodeBase64, encodeUints, readVarints, VarintWriter } from './binaryCodec';

describe('base64', () => {
  it('round-trips every length remainder and matches the standard alphabet', () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 37 + 11) & 255);
    for (const length of [0, 1, 2, 3, 4, 5, 299, 300]) {
      const slice = bytes.slice(0, length);
      const text = encodeBase64(slice);
      expect(text).toBe(btoa(String.fromCharCode(...slice)));
      expect(decodeBase64(text)).toEqual(slice);
    }
  });
});

describe('varints', () => {
  it('round-trips small and large unsigned integers', () => {
    const values = [0, 1, 127, 128, 16383, 16384, 2 ** 31, 2 ** 32 - 1];
    const writer = new VarintWriter();
    for (const value of values) writer.push(value);
    expect(writer.bytes().length).toBe(1 + 1 + 1 + 2 + 2 + 3 + 5 + 5);
    expect(readVarints(writer.bytes())).toEqual(values);
    expect(Array.from(decodeUints(encodeUints(values)))).toEqual(values);
  });

  it('grows past its initial buffer', () => {
    const writer = new VarintWriter();
    for (let i = 0; i < 5000; i++) writer.push(300);
    expect(readVarints(writer.bytes())).toHaveLength(5000);
  });
});
