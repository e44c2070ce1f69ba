// The palette's commands besides opening hits: go to Review, a new prep sheet, the other language or theme, the learner's path.
import { useMemo } from 'react';
import { LANGS, type Lang } from '../../core/model';
import { useI18n } from '../i18n/I18nContext';
import { navigate } from '../routing/useRoute';
import { useApi } from '../state/ApiContext';
import { useSession } from '../state/SessionContext';
import type { PaletteCommand } from './paletteCommands';

export function usePaletteCommands(onClose: () => void): PaletteCommand[] {
  const { t, lang } = useI18n();
  const api = useApi();
  const { profile, updateProfile } = useSession();
  return useMemo(() => {
    const otherLang = LANGS.find((l) => l !== lang) as Lang;
    const nextTheme = profile.theme === 'dark' ? 'light' : 'dark';
    const then = (work: () => void | Promise<void>) => async () => {
      onClose();
      await work();
    };
    return [
      { id: 'review', label: t('search.command.review'), icon: 'review', keywords: ['review', '复习', 'go to review', '去复习'], run: then(() => navigate({ name: 'review' })) },
      {
        id: 'new-sheet',
        label: t('search.command.newSheet'),
        icon: 'prep',
        keywords: ['new prep sheet', 'prep', 'meeting prep', '新建', '会前准备', '准备单'],
        run: then(async () => {
          const created = await api.savePrepSheet({
            profileId: profile.id,
            sheet: { title: t('prep.newTitle'), customer: '', date: '', goal: '', notes: '', items: [], checked: [] },
          });
          navigate({ name: 'prep', sheetId: created.id });
        }),
      },
      {
        id: 'language',
        label: t('search.command.lang', { lang: t(`lang.${otherLang}`) }),
        icon: 'globe',
        keywords: ['language', 'switch language', '语言', '切换语言', 'english', '中文'],
        run: then(() => updateProfile({ uiLang: otherLang })),
      },
      {
        id: 'theme',
        label: t('search.command.theme', { theme: t(`theme.${nextTheme}`) }),
        icon: 'settings',
        keywords: ['theme', 'dark', 'light', '主题', '深色', '浅色'],
        run: then(() => updateProfile({ theme: nextTheme })),
      },
      { id: 'path', label: t('search.command.path'), icon: 'path', keywords: ['my path', 'learning path', 'path', '学习路径', '我的路径'], run: then(() => navigate({ name: 'path' })) },
    ];
  }, [t, lang, api, profile.id, profile.theme, updateProfile, onClose]);
}
