// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReviewItem } from '../../core/api/contract';
import { I18nProvider } from '../i18n/I18nContext';
import { RatingBar } from './RatingBar';

afterEach(cleanup);

const preview: ReviewItem['preview'] = {
  again: { due: '2025-03-01T09:10:00.000Z', interval: { count: 10, unit: 'minute' } },
  hard: { due: '2025-03-01T14:00:00.000Z', interval: { count: 5, unit: 'hour' } },
  good: { due: '2025-04-01T09:00:00.000Z', interval: { count: 1, unit: 'month' } },
  easy: { due: '2026-09-01T09:00:00.000Z', interval: { count: 1.5, unit: 'year' } },
};

describe('RatingBar', () => {
  it('labels each rating with its interval in Chinese', () => {
    render(
      <I18nProvider lang="zh-CN">
        <RatingBar suggested="good" disabled={false} onRate={vi.fn()} preview={preview} />
      </I18nProvider>,
    );
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['重来· 10 分钟1', '困难· 5 小时2', '良好· 1 个月3', '简单· 1.5 年4']);
  });

  it('rates with the keys 1–4 from the shortcut table', () => {
    const onRate = vi.fn();
    render(
      <I18nProvider lang="en">
        <RatingBar suggested="again" disabled={false} onRate={onRate} preview={preview} />
      </I18nProvider>,
    );
    window.dispatchEvent(new KeyboardEvent('keydown', { key: '2' }));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: '5' }));
    expect(onRate.mock.calls).toEqual([['hard']]);
  });
});
