import { describe, expect, it } from 'vitest';
import { classifyLink, resolveImagePath } from './linkPolicy';

describe('classifyLink', () => {
  it('accepts http(s) and mailto links as external', () => {
    expect(classifyLink('https://example.com/a?b=1')).toEqual({ kind: 'external', href: 'https://example.com/a?b=1' });
    expect(classifyLink('HTTP://example.com')).toMatchObject({ kind: 'external' });
    expect(classifyLink('mailto:sales@example.com')).toMatchObject({ kind: 'external' });
  });
  it('reads internal playbook links, with the anchor percent-decoded', () => {
    expect(classifyLink('discovery-call#walk-away-point')).toEqual({ kind: 'internal', playbook: 'discovery-call', anchor: 'walk-away-point' });
    expect(classifyLink('discovery-call')).toEqual({ kind: 'internal', playbook: 'discovery-call', anchor: null });
    expect(classifyLink('tender#%E5%BA%9F%E6%A0%87%E9%A3%8E%E9%99%A9')).toEqual({ kind: 'internal', playbook: 'tender', anchor: '废标风险' });
    expect(classifyLink('#prep')).toEqual({ kind: 'internal', playbook: null, anchor: 'prep' });
  });
  it('refuses script, data and file schemes, relative files and protocol-relative hosts', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'vbscript:x', 'notes.html', '//evil.com', 'https:', 'Upper-Case', '#', 'a#']) {
      expect(classifyLink(href), href).toMatchObject({ kind: 'refused' });
    }
  });
});

describe('resolveImagePath', () => {
  it('resolves a relative path against the document folder', () => {
    expect(resolveImagePath('img/map.svg', 'playbooks/en/discovery.md')).toEqual({ kind: 'relative', path: 'playbooks/en/img/map.svg' });
    expect(resolveImagePath('../shared/./flow.png', 'playbooks/en/discovery.md')).toEqual({ kind: 'relative', path: 'playbooks/shared/flow.png' });
  });
  it('allows climbing up to the root but not above it, even percent-encoded', () => {
    expect(resolveImagePath('../../logo.png', 'playbooks/en/a.md')).toEqual({ kind: 'relative', path: 'logo.png' });
    expect(resolveImagePath('../../../etc/passwd', 'playbooks/en/a.md')).toMatchObject({ kind: 'refused' });
    expect(resolveImagePath('%2e%2e/%2e%2e/%2e%2e/x.png', 'playbooks/en/a.md')).toMatchObject({ kind: 'refused' });
  });
  it('refuses absolute paths, URLs and backslashes', () => {
    for (const src of ['/etc/passwd', '\\\\server\\share\\x.png', 'C:\\x.png', 'data:image/svg+xml;base64,PHN2Zz4=', 'javascript:alert(1)', 'https://tracker.example/x.png', 'img\\a.png', '']) {
      expect(resolveImagePath(src, 'playbooks/a.md'), src).toMatchObject({ kind: 'refused' });
    }
  });
});
