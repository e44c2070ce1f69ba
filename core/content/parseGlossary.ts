// A glossary file: groups of synonyms a trainer keeps for search. A term belongs to one group of its file
// (otherwise which group a query means is ambiguous), and repeating a term within a group is a slip.
import type { Glossary } from '../model';
import { parseResult, readYamlItem, type ContentSource, type ParseResult } from './parseResult';
import { glossarySchema } from './schemas';
import { normalizeText } from '../search/tokenize';

export function parseGlossary(text: string, source: ContentSource): ParseResult<Glossary> {
  const { yaml, value, diagnostics } = readYamlItem(text, source.file, glossarySchema);
  if (!value) return { diagnostics };
  const groupOf = new Map<string, number>();
  value.groups.forEach((terms, g) => {
    terms.forEach((term, t) => {
      const key = normalizeText(term.trim());
      const earlier = groupOf.get(key);
      if (earlier === g) {
        diagnostics.push(yaml.diagnostic(['groups', g, t], 'warning', `"${term}" is already in this group`));
      } else if (earlier !== undefined) {
        const line = yaml.at(['groups', earlier]).line;
        diagnostics.push(yaml.diagnostic(['groups', g, t], 'error', `"${term}" is already in the group on line ${line}; a term belongs to one group (merge the two groups if they mean the same)`));
      } else {
        groupOf.set(key, g);
      }
    });
  });
  const glossary: Glossary = {
    kind: 'glossary',
    id: value.id,
    lang: value.lang,
    title: value.title,
    groups: value.groups.map((terms, g) => ({ terms: terms.map((term) => term.trim()), line: yaml.at(['groups', g]).line })),
    source: { ...source, line: 1 },
  };
  return parseResult(glossary, diagnostics, yaml.at(['id']), []);
}
