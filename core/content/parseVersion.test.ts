// The parse cache (backend/content/ParseCache.ts) trusts a cached result as long as CONTENT_PARSE_VERSION is
// the same, so the parsers' output must not change under one version. This test fingerprints what they make of
// the test fixtures. When it fails: if a parser changed, bump CONTENT_PARSE_VERSION; then record the new version
// and fingerprint below (an edit of the fixtures alone needs only the new fingerprint).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTENT_PARSE_VERSION, contentKindOf, parseContentFile } from './parseContentFile';

const RECORDED = { version: 6, fingerprint: '6243780709eab157a9ec0455ade7ab68b81ac8acdc9fefffdb0f87b67df35fb2' };

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/', import.meta.url));

/** Every content file of the fixture roots, parsed with a root that does not depend on where the repository is. */
function parseFixtures(): string {
  const outputs = ['valid', 'broken'].flatMap((name) => {
    const root = path.join(FIXTURES, name);
    return readdirSync(root, { recursive: true, encoding: 'utf8' })
      .map((entry) => entry.split(path.sep).join('/'))
      .sort()
      .flatMap((relative) => {
        const kind = contentKindOf(relative);
        if (!kind) return [];
        const text = readFileSync(path.join(root, relative), 'utf8');
        return [{ relative, result: parseContentFile(kind, text, { root: `/${name}`, file: `/${name}/${relative}` }) }];
      });
  });
  expect(outputs.length).toBeGreaterThan(10);
  return createHash('sha256').update(JSON.stringify(outputs)).digest('hex');
}

describe('CONTENT_PARSE_VERSION', () => {
  it('changes whenever what the parsers return changes', () => {
    expect({ version: CONTENT_PARSE_VERSION, fingerprint: parseFixtures() }).toEqual(RECORDED);
  });
});
