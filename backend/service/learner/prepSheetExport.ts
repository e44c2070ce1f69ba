// A prep sheet as a file to take into the meeting: Markdown (to edit or paste into notes) or a standalone,
// print-ready HTML page (the desktop app prints it to PDF, the browser prints it from a tab).
import type { ExportedFile, PrepSheet } from '../../../core/api/contract';
import type { Lang } from '../../../core/model';
import { slugify } from '../../../core/markdown/slugify';

/** One pinned item, resolved, with the learner's ticks already applied to its Markdown. */
export interface ExportItem {
  title: string;
  playbookTitle: string;
  markdown: string;
  html: string;
  missing: boolean;
}

const LABELS: Record<Lang, Record<'untitled' | 'customer' | 'date' | 'goal' | 'notes' | 'missing', string>> = {
  en: {
    untitled: 'Meeting prep',
    customer: 'Customer',
    date: 'Date',
    goal: 'Goal',
    notes: 'Notes',
    missing: 'This item is no longer in the content.',
  },
  'zh-CN': { untitled: '会议准备', customer: '客户', date: '日期', goal: '目标', notes: '备注', missing: '该条目已不在内容中。' },
};

export function defaultSheetTitle(lang: Lang): string {
  return LABELS[lang].untitled;
}

export function exportPrepSheet(sheet: PrepSheet, items: ExportItem[], lang: Lang, format: 'markdown' | 'html'): ExportedFile {
  const base = `${slugify(sheet.title) || 'prep-sheet'}${sheet.date ? `-${slugify(sheet.date)}` : ''}`;
  return format === 'markdown'
    ? { filename: `${base}.md`, mime: 'text/markdown; charset=utf-8', content: toMarkdown(sheet, items, LABELS[lang]) }
    : { filename: `${base}.html`, mime: 'text/html; charset=utf-8', content: toHtml(sheet, items, lang, LABELS[lang]) };
}

type Labels = (typeof LABELS)[Lang];

function toMarkdown(sheet: PrepSheet, items: ExportItem[], labels: Labels): string {
  const parts = [`# ${sheet.title || labels.untitled}`];
  const facts = [
    sheet.customer && `- **${labels.customer}:** ${sheet.customer}`,
    sheet.date && `- **${labels.date}:** ${sheet.date}`,
  ].filter(Boolean);
  if (facts.length > 0) parts.push(facts.join('\n'));
  if (sheet.goal.trim()) parts.push(`## ${labels.goal}\n\n${sheet.goal.trim()}`);
  for (const item of items) {
    parts.push(`## ${item.title}\n\n*${item.playbookTitle}*\n\n${item.missing ? `*${labels.missing}*` : item.markdown.trim()}`);
  }
  if (sheet.notes.trim()) parts.push(`## ${labels.notes}\n\n${sheet.notes.trim()}`);
  return `${parts.join('\n\n')}\n`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const PRINT_CSS = `
@page { size: A4; margin: 16mm 14mm; }
* { box-sizing: border-box; }
body { font: 11pt/1.55 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
  color: #111827; margin: 0 auto; max-width: 180mm; padding: 8mm 0; }
h1 { font-size: 20pt; margin: 0 0 4pt; }
h2 { font-size: 13pt; margin: 16pt 0 4pt; padding-bottom: 2pt; border-bottom: 1px solid #d1d5db; }
.facts { display: flex; gap: 18pt; color: #374151; margin: 0 0 8pt; padding: 0; list-style: none; }
.facts b { color: #111827; }
.source { color: #6b7280; font-size: 9.5pt; margin: 0 0 6pt; }
.text { white-space: pre-wrap; }
.item { break-inside: avoid; }
.missing { color: #9a3412; }
.block { border-left: 3px solid #2563eb; padding: 2pt 0 2pt 10pt; margin: 8pt 0; }
.block-pitfall { border-color: #dc2626; }
.block-example { border-color: #059669; }
.block-checklist { border-color: #7c3aed; }
.block-title { font-weight: 600; margin: 0 0 2pt; }
ul.contains-task-list { list-style: none; padding-left: 2pt; }
.task-list-item-checkbox { margin-right: 6pt; }
img { max-width: 100%; }
.image-refused { color: #6b7280; font-style: italic; }
`;

function toHtml(sheet: PrepSheet, items: ExportItem[], lang: Lang, labels: Labels): string {
  const title = escapeHtml(sheet.title || labels.untitled);
  const facts = [
    sheet.customer && `<li><b>${labels.customer}:</b> ${escapeHtml(sheet.customer)}</li>`,
    sheet.date && `<li><b>${labels.date}:</b> ${escapeHtml(sheet.date)}</li>`,
  ].filter(Boolean);
  const goal = sheet.goal.trim() ? `<section><h2>${labels.goal}</h2><p class="text">${escapeHtml(sheet.goal.trim())}</p></section>` : '';
  const notes = sheet.notes.trim() ? `<section><h2>${labels.notes}</h2><p class="text">${escapeHtml(sheet.notes.trim())}</p></section>` : '';
  const body = items
    .map(
      (item) =>
        `<section class="item"><h2>${escapeHtml(item.title)}</h2><p class="source">${escapeHtml(item.playbookTitle)}</p>${
          item.missing ? `<p class="missing">${labels.missing}</p>` : item.html
        }</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${PRINT_CSS}</style>
</head>
<body>
<h1>${title}</h1>
${facts.length > 0 ? `<ul class="facts">${facts.join('')}</ul>` : ''}
${goal}
${body}
${notes}
</body>
</html>
`;
}
