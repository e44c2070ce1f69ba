import { describe, expect, it, vi } from 'vitest';
import { externalLinkPrompt, openExternalAfterConfirm } from './externalLinks';

describe('externalLinkPrompt', () => {
  it('shows the whole address and makes Cancel the default, in the system language', () => {
    const en = externalLinkPrompt('https://example.com/pricing?x=1', 'en-US');
    expect(en).toMatchObject({ message: 'Open this link in your browser?', detail: 'https://example.com/pricing?x=1', buttons: ['Open', 'Cancel'], defaultId: 1, cancelId: 1 });
    expect(externalLinkPrompt('mailto:a@example.com', 'zh-CN')).toMatchObject({ message: '在浏览器中打开这个链接吗？', buttons: ['打开', '取消'], defaultId: 1, cancelId: 1 });
  });
});

describe('openExternalAfterConfirm', () => {
  it('opens a web link only when the learner chooses Open', async () => {
    const open = vi.fn(async () => {});
    expect(await openExternalAfterConfirm('https://example.com/', 'en', { ask: async () => ({ response: 1 }), open })).toBe(false);
    expect(open).not.toHaveBeenCalled();
    expect(await openExternalAfterConfirm('https://example.com/', 'en', { ask: async () => ({ response: 0 }), open })).toBe(true);
    expect(open).toHaveBeenCalledWith('https://example.com/');
  });

  it('never asks about, nor opens, a link that is not web or mail', async () => {
    const ask = vi.fn(async () => ({ response: 0 }));
    const open = vi.fn(async () => {});
    for (const url of ['file:///etc/passwd', 'smb://host/share', 'javascript:alert(1)', 'ms-settings:']) {
      expect(await openExternalAfterConfirm(url, 'en', { ask, open })).toBe(false);
    }
    expect(ask).not.toHaveBeenCalled();
    expect(open).not.toHaveBeenCalled();
  });
});
