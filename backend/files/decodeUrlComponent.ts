/** `decodeURIComponent` that answers null for malformed escapes instead of throwing. */
export function decodeUrlComponent(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
