// The dependency graph between the folders of core/ (core/content, core/search, …), built from the imports of
// every file, tests included. The domain stays layered only while no folder depends on one that depends back on it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface SourceFile {
  /** `/`-separated path from the repository root, e.g. `core/search/SearchIndex.ts`. */
  path: string;
  text: string;
}

/** One folder importing another, with the imports that make it so (`file → specifier`). */
export interface FolderEdge {
  from: string;
  to: string;
  imports: string[];
}

/** `core/search/SearchIndex.ts` → `core/search`; a file directly in core/ (model.ts) belongs to `core`. */
function folderOf(file: string): string {
  const parts = file.split('/');
  return parts.length > 2 ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

export function coreFolderEdges(files: readonly SourceFile[]): FolderEdge[] {
  const edges = new Map<string, FolderEdge>();
  for (const file of files) {
    const from = folderOf(file.path);
    for (const { fileName: specifier } of ts.preProcessFile(file.text, true, true).importedFiles) {
      if (!specifier.startsWith('.')) continue;
      const target = path.posix.join(path.posix.dirname(file.path), specifier);
      if (!target.startsWith('core/')) continue;
      // A specifier names a module without its extension: `../model` is the file core/model.ts.
      const to = folderOf(target.split('/').length === 2 ? `${target}.ts` : target);
      if (to === from) continue;
      const key = `${from}→${to}`;
      const edge = edges.get(key) ?? { from, to, imports: [] };
      edge.imports.push(`${file.path} → ${specifier}`);
      edges.set(key, edge);
    }
  }
  return [...edges.values()];
}

/**
 * Groups of folders that depend on each other, directly (a ⇄ b) or round a longer loop (a → b → c → a):
 * the strongly connected components of more than one folder (Tarjan's algorithm), each sorted.
 */
export function dependencyCycles(edges: readonly FolderEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (folder: string) => {
    index.set(folder, index.size);
    low.set(folder, index.get(folder)!);
    stack.push(folder);
    for (const target of next.get(folder) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(folder, Math.min(low.get(folder)!, low.get(target)!));
      } else if (stack.includes(target)) {
        low.set(folder, Math.min(low.get(folder)!, index.get(target)!));
      }
    }
    if (low.get(folder) !== index.get(folder)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      component.push(member);
    } while (member !== folder);
    if (component.length > 1) cycles.push(component.sort());
  };
  for (const folder of next.keys()) if (!index.has(folder)) visit(folder);
  return cycles;
}

/** Every TypeScript file under `dir` (relative to `repoRoot`), with its text. */
export function readSourceFiles(repoRoot: string, dir: string): SourceFile[] {
  return readdirSync(path.join(repoRoot, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => {
      const relative = path.posix.join(dir, file.split(path.sep).join('/'));
      return { path: relative, text: readFileSync(path.join(repoRoot, relative), 'utf8') };
    });
}
