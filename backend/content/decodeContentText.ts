// Content files are UTF-8. A file in another encoding (often GBK, from an older Chinese editor) would load as
// replacement characters, so it is refused at its first bad byte instead.
import type { Position } from '../../core/content/yamlSource';

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

export function decodeContentText(bytes: Uint8Array): { text: string } | { badByteAt: Position } {
  try {
    return { text: strict.decode(bytes) };
  } catch {
    const text = lenient.decode(bytes);
    const before = text.slice(0, text.indexOf('\uFFFD')).split('\n');
    return { badByteAt: { line: before.length, column: before.at(-1)!.length + 1 } };
  }
}
