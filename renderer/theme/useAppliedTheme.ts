// The chosen theme and language must reach the whole document, not only React's tree.
import { useEffect } from 'react';
import type { Profile } from '../../core/api/contract';
import type { Lang } from '../../core/model';

export type ThemeChoice = Profile['theme'];

const darkQuery = '(prefers-color-scheme: dark)';

function resolveTheme(choice: ThemeChoice): 'light' | 'dark' {
  if (choice !== 'system') return choice;
  return window.matchMedia?.(darkQuery).matches ? 'dark' : 'light';
}

/**
 * Puts the theme and language on <html>: CSS custom properties switch on `data-theme`,
 * and `lang` lets the browser pick CJK glyphs and screen readers pick a voice.
 * "system" follows the OS setting live.
 */
export function useAppliedTheme(choice: ThemeChoice, lang: Lang): void {
  useEffect(() => {
    const root = document.documentElement;
    root.lang = lang;
    const apply = () => {
      root.dataset.theme = resolveTheme(choice);
    };
    apply();
    if (choice !== 'system' || !window.matchMedia) return;
    const media = window.matchMedia(darkQuery);
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [choice, lang]);
}
