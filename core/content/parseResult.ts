import type { z } from 'zod';
import type { Diagnostic } from '../model';
import { checkShape } from './checkShape';
import type { QualityFinding } from './itemQuality';
import { YamlSource, type Position, type YamlPath } from './yamlSource';

/** Where a content file lives: its content root and its own path (both as the loader gives them). */
export interface ContentSource {
  root: string;
  file: string;
}

/** A reference from one item to another, with where it is written, resolved once everything is loaded. */
export interface ContentReference {
  kind: 'playbook' | 'quiz' | 'case';
  id: string;
  /** Section or block anchor, for `playbook-id#anchor` references. */
  anchor?: string;
  line: number;
  column: number;
}

export interface ParseResult<T> {
  /** Present only when the file has no errors: a bad file is reported and skipped. */
  item?: T;
  diagnostics: Diagnostic[];
  /** Where the item's `id` is written, for duplicate-id errors. */
  idAt?: Position;
  references?: ContentReference[];
  /** Images the item shows, as paths inside its content root, for the loader to check they exist. */
  images?: (Position & { path: string })[];
}

/** The file's path inside its content root, `/`-separated (what relative image paths resolve against). */
export function pathInRoot(source: ContentSource): string {
  const file = source.file.replaceAll('\\', '/');
  const root = source.root.replaceAll('\\', '/').replace(/\/+$/, '');
  return root && file.startsWith(`${root}/`) ? file.slice(root.length + 1) : file;
}

/** Line endings and a byte-order mark must not shift lines or columns. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Parses a YAML content file and checks it against its schema. */
export function readYamlItem<T>(text: string, file: string, schema: z.ZodType<T>): { yaml: YamlSource; value?: T; diagnostics: Diagnostic[] } {
  const yaml = YamlSource.parse(normaliseText(text), file);
  if (yaml.hasErrors) return { yaml, diagnostics: yaml.diagnostics };
  const shape = checkShape(yaml, schema, yaml.data);
  return { yaml, value: shape.value, diagnostics: [...yaml.diagnostics, ...shape.diagnostics] };
}

export function parseResult<T>(item: T, diagnostics: Diagnostic[], idAt: Position, references: ContentReference[], images: ParseResult<T>['images'] = []): ParseResult<T> {
  return diagnostics.some((d) => d.severity === 'error') ? { diagnostics } : { item, diagnostics, idAt, references, images };
}

/** A reference written as `playbook-id#anchor` (or a plain id) at `path`. */
export function referenceAt(yaml: YamlSource, path: YamlPath, kind: ContentReference['kind'], written: string): ContentReference {
  const [id, anchor] = splitRef(written);
  return { kind, id, ...(anchor ? { anchor } : {}), ...yaml.at(path) };
}

export function splitRef(ref: string): [id: string, anchor: string | undefined] {
  const hash = ref.indexOf('#');
  return hash < 0 ? [ref, undefined] : [ref.slice(0, hash), ref.slice(hash + 1)];
}

/** Item-writing findings as warnings at their nodes, each message led by its rule (`[Q1] …`) so CI logs can count them. */
export function qualityWarnings(yaml: YamlSource, findings: QualityFinding[]): Diagnostic[] {
  return findings.map((finding) => yaml.diagnostic(finding.path, 'warning', `[${finding.rule}] ${finding.message}`, finding.part));
}
