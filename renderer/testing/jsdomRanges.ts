// jsdom has no layout: Range lacks the geometry CodeMirror measures with. Empty rectangles let the editor run
// (text, selection, lint marks) in component tests; nothing there depends on where things are drawn.
export function stubRangeGeometry(): void {
  Range.prototype.getClientRects = function getClientRects() {
    const empty: DOMRect[] = [];
    return Object.assign(empty, { item: () => null }) as unknown as DOMRectList;
  };
  Range.prototype.getBoundingClientRect = function getBoundingClientRect() {
    return new DOMRect();
  };
}
