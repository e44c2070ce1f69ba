// Web and mail links in content open in the system's browser or mail program, but only after the learner sees
// the address and agrees: a link in a playbook (or one injected into it) cannot start a program unasked.
import type { MessageBoxOptions } from 'electron';
import { isExternalLink } from './appUrl';

const TEXTS = {
  en: { message: 'Open this link in your browser?', open: 'Open', cancel: 'Cancel' },
  'zh-CN': { message: '在浏览器中打开这个链接吗？', open: '打开', cancel: '取消' },
};

/** The confirmation, in the system's language (`app.getLocale()`); Cancel is the default button. */
export function externalLinkPrompt(url: string, locale: string): MessageBoxOptions {
  const text = locale.toLowerCase().startsWith('zh') ? TEXTS['zh-CN'] : TEXTS.en;
  return { type: 'question', message: text.message, detail: url, buttons: [text.open, text.cancel], defaultId: 1, cancelId: 1, noLink: true };
}

export interface ExternalLinkDeps {
  ask(options: MessageBoxOptions): Promise<{ response: number }>;
  open(url: string): Promise<void>;
}

/** Opens `url` outside the app when it is a web or mail link and the learner chose Open; true when it was opened. */
export async function openExternalAfterConfirm(url: string, locale: string, { ask, open }: ExternalLinkDeps): Promise<boolean> {
  if (!isExternalLink(url)) return false;
  const { response } = await ask(externalLinkPrompt(url, locale));
  if (response !== 0) return false;
  await open(url);
  return true;
}
