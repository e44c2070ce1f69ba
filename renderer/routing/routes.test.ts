import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute, sectionOf, type Route } from './routes';

describe('parseRoute', () => {
  it('reads the deep links the markdown renderer emits', () => {
    expect(parseRoute('#/playbook/discovery-call/open-questions')).toEqual({
      name: 'playbook',
      id: 'discovery-call',
      anchor: 'open-questions',
    });
  });

  it('decodes CJK anchors that the browser percent-encodes', () => {
    expect(parseRoute('#/playbook/kehu/' + encodeURIComponent('客户关系'))).toEqual({
      name: 'playbook',
      id: 'kehu',
      anchor: '客户关系',
    });
  });

  it('keeps a malformed escape instead of throwing', () => {
    expect(parseRoute('#/playbook/a/%E4%B8')).toEqual({ name: 'playbook', id: 'a', anchor: '%E4%B8' });
  });

  it('reads the search query', () => {
    expect(parseRoute('#/search?q=%E5%BC%82%E8%AE%AE+price')).toEqual({ name: 'search', query: '异议 price' });
  });

  it('sends unknown and empty hashes home', () => {
    expect(parseRoute('')).toEqual({ name: 'home' });
    expect(parseRoute('#/nowhere')).toEqual({ name: 'home' });
  });
});

describe('parseRoute for the editor', () => {
  it('opens the file list for a link that names no complete item, and ignores a line that is not one', () => {
    expect(parseRoute('#/editor/playbook/en')).toEqual({ name: 'editor' });
    expect(parseRoute('#/editor/poem/en/x')).toEqual({ name: 'editor' });
    expect(parseRoute('#/editor/case/en/tender?line=0')).toEqual({ name: 'editor', doc: { kind: 'case', lang: 'en', id: 'tender' } });
    expect(parseRoute('#/editor/lesson/zh-CN/lesson-1?line=7')).toEqual({ name: 'editor', doc: { kind: 'lesson', lang: 'zh-CN', id: 'lesson-1' }, line: 7 });
  });
});

describe('formatRoute', () => {
  const routes: Route[] = [
    { name: 'home' },
    { name: 'library' },
    { name: 'playbook', id: 'p1' },
    { name: 'playbook', id: 'p1', anchor: '异议处理' },
    { name: 'search', query: 'budget & timing' },
    { name: 'search', query: '' },
    { name: 'quiz', id: 'q1' },
    { name: 'review' },
    { name: 'cases' },
    { name: 'case', id: 'c1' },
    { name: 'path' },
    { name: 'progress' },
    { name: 'prep' },
    { name: 'prep', sheetId: 's1' },
    { name: 'settings' },
    { name: 'diagnostics' },
    { name: 'editor' },
    { name: 'editor', doc: { kind: 'playbook', lang: 'zh-CN', id: 'kehu' } },
    { name: 'editor', doc: { kind: 'quiz', lang: 'en', id: 'q1' }, line: 42 },
    { name: 'lessons' },
    { name: 'capture' },
    { name: 'freshness' },
  ];
  it.each(routes)('round-trips %o', (route) => {
    expect(parseRoute(formatRoute(route))).toEqual(route);
  });

  it('formats playbook links like the markdown renderer', () => {
    expect(formatRoute({ name: 'playbook', id: 'discovery-call', anchor: 'open-questions' })).toBe(
      '#/playbook/discovery-call/open-questions',
    );
  });
});

describe('sectionOf', () => {
  it('maps nested screens to their sidebar entry', () => {
    expect(sectionOf({ name: 'playbook', id: 'x' })).toBe('library');
    expect(sectionOf({ name: 'case', id: 'x' })).toBe('cases');
    expect(sectionOf({ name: 'review' })).toBe('review');
  });
});
