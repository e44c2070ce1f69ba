import { describe, expect, it } from 'vitest';
import { isAppUrl, isExternalLink, navigationDecision } from './appUrl';

describe('isAppUrl', () => {
  it('accepts the app page with any route', () => {
    expect(isAppUrl('app://bundle/index.html')).toBe(true);
    expect(isAppUrl('app://bundle/index.html#/playbook/x')).toBe(true);
  });

  it.each([['app://other/index.html'], ['file:///index.html'], ['http://bundle/'], ['https://example.com'], ['not a url'], ['']])(
    'refuses %j',
    (url) => {
      expect(isAppUrl(url)).toBe(false);
    },
  );
});

describe('isExternalLink', () => {
  it('accepts web pages and mail', () => {
    expect(isExternalLink('https://example.com/a')).toBe(true);
    expect(isExternalLink('http://example.com')).toBe(true);
    expect(isExternalLink('mailto:a@b.c')).toBe(true);
  });

  it.each([['file:///etc/passwd'], ['javascript:alert(1)'], ['smb://host/share'], ['app://bundle/x'], ['ms-settings:'], ['garbage']])(
    'refuses %j',
    (url) => {
      expect(isExternalLink(url)).toBe(false);
    },
  );
});

describe('navigationDecision', () => {
  it('keeps the window on the app and sends web links out', () => {
    expect(navigationDecision('app://bundle/index.html')).toBe('allow');
    expect(navigationDecision('https://example.com/')).toBe('open-external');
    expect(navigationDecision('file:///home/me/.ssh/id_rsa')).toBe('block');
    expect(navigationDecision('javascript:alert(1)')).toBe('block');
  });
});
