import { defaultContentRoots, loadContent } from '../backend/content/loadContent';
import { SearchIndex } from '../core/search/SearchIndex';
const index = SearchIndex.build(await loadContent(defaultContentRoots()));
for (const q of process.argv.slice(2)) {
  console.log('==', q);
  for (const h of index.search(q, { limit: 8 })) console.log(' ', h.lang, h.type, `${h.id}#${h.section}`, h.partial ? `partial missing=${h.missing}` : '', h.score.toFixed(3), h.situation ?? '', h.otherLang ?? '');
}
