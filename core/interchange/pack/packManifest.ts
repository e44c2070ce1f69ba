// `manifest.json` of a content pack: what the pack says it holds. Written on export from the files themselves;
// on import checked field by field (at its line and column) and against the files actually in the zip.
import { z } from 'zod';
import { LANGS, type Diagnostic, type Lang } from '../../model';
import { readYamlItem } from '../../content/parseResult';
import { MANIFEST_FILE, PACK_ENTRY_KINDS, type PackEntryKind } from './packPaths';

export const PACK_FORMAT = 1;

const count = z.number().int().min(0);
const packManifestSchema = z.strictObject({
  format: z.literal(PACK_FORMAT),
  name: z.string().trim().min(1),
  version: z.string().trim().min(1),
  languages: z.array(z.enum(LANGS)),
  /** Files per kind: every content kind and `image`. A kind left out counts 0 (packs made before it existed). */
  counts: z.partialRecord(z.enum(PACK_ENTRY_KINDS), count),
  created: z.iso.datetime(),
  files: z.array(z.string()).min(1),
});

export type PackManifest = z.infer<typeof packManifestSchema>;
export type PackCounts = Record<PackEntryKind, number>;

/** A file of a pack, with what it holds and (for content) its language. */
export interface PackFile {
  path: string;
  kind: PackEntryKind;
  lang?: Lang;
}

export function buildManifest(about: { name: string; version: string; created: Date }, files: readonly PackFile[]): PackManifest {
  return {
    format: PACK_FORMAT,
    name: about.name,
    version: about.version,
    languages: LANGS.filter((lang) => files.some((f) => f.lang === lang)),
    counts: countFiles(files),
    created: about.created.toISOString(),
    files: files.map((f) => f.path).sort(),
  };
}

function countFiles(files: readonly Pick<PackFile, 'kind'>[]): PackCounts {
  const counts = Object.fromEntries(PACK_ENTRY_KINDS.map((kind) => [kind, 0])) as PackCounts;
  for (const file of files) counts[file.kind]++;
  return counts;
}

/**
 * Reads a pack's manifest (`file` names it in diagnostics) and checks that its file list and counts describe
 * `files`, the entries actually in the pack.
 */
export function readManifest(text: string, file: string, files: readonly Omit<PackFile, 'lang'>[]): { manifest?: PackManifest; diagnostics: Diagnostic[] } {
  const { yaml, value, diagnostics } = readYamlItem(text, file, packManifestSchema);
  if (!value) return { diagnostics };
  const listed = new Set(value.files);
  const present = new Set(files.map((f) => f.path));
  value.files.forEach((path, i) => {
    if (!present.has(path)) diagnostics.push(yaml.diagnostic(['files', i], 'error', `"${path}" is listed but not in the pack`));
  });
  for (const path of present) {
    if (!listed.has(path)) diagnostics.push(yaml.diagnostic(['files'], 'error', `"${path}" is in the pack but not listed in ${MANIFEST_FILE}`));
  }
  const actual = countFiles(files);
  for (const kind of PACK_ENTRY_KINDS) {
    const counted = value.counts[kind] ?? 0;
    if (counted !== actual[kind]) {
      const at = value.counts[kind] === undefined ? ['counts'] : ['counts', kind];
      diagnostics.push(yaml.diagnostic(at, 'error', `the manifest counts ${counted} ${kind} file(s), the pack holds ${actual[kind]}`));
    }
  }
  return diagnostics.some((d) => d.severity === 'error') ? { diagnostics } : { manifest: value, diagnostics };
}
