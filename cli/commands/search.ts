import type { Lang } from '../../core/model';
import { buildSearchIndex } from '../../core/search/SearchIndex';
import type { CliIo, ExitCode } from '../io';
import { loadCliContent } from '../loadCliContent';

export interface SearchCommand {
  query: string;
  roots: string[];
  lang?: Lang;
  limit?: number;
  json: boolean;
  cacheDir: string | undefined;
}

export async function search(command: SearchCommand, io: CliIo): Promise<ExitCode> {
  const content = await loadCliContent(command.roots, command.cacheDir, io);
  const errors = content.diagnostics.filter((d) => d.severity === 'error').length;
  if (errors > 0) io.err(`note: the content has ${errors} error${errors === 1 ? '' : 's'}; run "pbt check" to see them`);
  const hits = buildSearchIndex(content).search(command.query, { lang: command.lang, limit: command.limit });
  // Like grep: exit 1 when nothing is found, whatever the output format.
  const found: ExitCode = hits.length > 0 ? 0 : 1;
  if (command.json) {
    io.out(JSON.stringify(hits.map(({ type, id, lang, section, title, score, snippet }) => ({ type, id, lang, section, title, score, snippet })), null, 2));
    return found;
  }
  if (hits.length === 0) io.out(`no results for "${command.query}"`);
  hits.forEach((hit, i) => {
    const where = `${hit.id}${hit.section ? `#${hit.section}` : ''} (${hit.lang})`;
    const title = hit.parentTitle && hit.parentTitle !== hit.title ? `${hit.title} — ${hit.parentTitle}` : hit.title;
    io.out(`${i + 1}. [${hit.type}] ${title}  ${where}  score ${hit.score.toFixed(3)}`);
    if (hit.snippet) io.out(`   ${hit.snippet.replace(/\s+/g, ' ')}`);
  });
  return found;
}
