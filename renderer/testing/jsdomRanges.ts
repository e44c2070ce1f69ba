// jsdom has no layout: Range lacks the geometry CodeMirror measures with. Empty rectangles let the editor run
// (text, selection, lint marks) in component tests; nothing there depends on where things are drawn.
// jsdom also reports Apple as its vendor, so CodeMirror takes it for Safari and reads the selection through
// `execCommand`, which jsdom lacks: a no-op lets that read fall back to the ordinary selection.
export function stubRangeGeometry(): void {
  document.execCommand ??= () => false;
  Range.prototype.getClientRects = function getClientRects() {
    const empty: DOMRect[] = [];
    return Object.assign(empty, { item: () => null }) as unknown as DOMRectList;
  };
  Range.prototype.getBoundingClientRect = function getBoundingClientRect() {
    return new DOMRect();
  };
}
