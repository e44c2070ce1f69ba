// Keeps the renderer as docs/architecture.md describes it: small components, a "why" line atop every file, and
// routed pages named `…Screen`. A file that breaks a rule is named in the failure.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const RENDERER = join(ROOT, 'renderer');

/** Lines a component file may have; past it, split it into a hook and smaller components. */
const COMPONENT_LINE_BUDGET = 150;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative(ROOT, path).split('\\').join('/')] : [];
  });
}

/** A header is a plain `//` comment with words on the first line (not a `///` directive or an `// @…` pragma). */
function hasHeader(text: string): boolean {
  return /^\/\/ [^/@\s]/.test(text);
}

function lineCount(text: string): number {
  return text.replace(/\n$/, '').split('\n').length;
}

/** The components a routing switch renders: `return <Name` in its cases. */
function routedComponents(text: string): string[] {
  return [...text.matchAll(/return <([A-Z]\w*)/g)].map((match) => match[1] ?? '');
}

const files = sourceFiles(RENDERER);
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

describe('the rules themselves', () => {
  it('tells a header from a directive, a pragma or code', () => {
    expect(hasHeader('// Why this file exists.\nimport x from "y";')).toBe(true);
    expect(hasHeader('/// <reference types="vite/client" />')).toBe(false);
    expect(hasHeader('// @vitest-environment jsdom')).toBe(false);
    expect(hasHeader("import { useState } from 'react';")).toBe(false);
    expect(hasHeader('/** A JSDoc block is about the next declaration, not the file. */')).toBe(false);
  });

  it('counts lines as an editor shows them and finds the screens a switch renders', () => {
    expect(lineCount('a\nb\n')).toBe(2);
    expect(lineCount('a\nb\nc')).toBe(3);
    expect(routedComponents("case 'home':\n      return <HomeScreen />;\n    case 'x':\n      return <LazyTrainerRoute route={route} />;")).toEqual(['HomeScreen', 'LazyTrainerRoute']);
  });
});

describe('renderer source files', () => {
  it('are found', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain('renderer/screens/SettingsScreen.tsx');
  });

  it('each open with a comment saying why the file exists', () => {
    expect(files.filter((file) => !hasHeader(read(file)))).toEqual([]);
  });

  it(`each component stays within ${COMPONENT_LINE_BUDGET} lines`, () => {
    const over = files.filter((file) => file.endsWith('.tsx')).map((file) => ({ file, lines: lineCount(read(file)) }));
    expect(over.filter(({ lines }) => lines > COMPONENT_LINE_BUDGET)).toEqual([]);
  });

  it('name every routed page `…Screen` (or `Lazy…`, a loader in front of one), trainer pages from renderer/authoring', () => {
    const learner = routedComponents(read('renderer/frame/RouteView.tsx'));
    const trainer = routedComponents(read('renderer/authoring/TrainerRoute.tsx'));
    expect(learner.length).toBeGreaterThan(10);
    expect(trainer.length).toBeGreaterThan(3);
    const routed = [...learner, ...trainer];
    expect(routed.filter((name) => !/Screen$/.test(name) && !/^Lazy\w+$/.test(name))).toEqual([]);
    expect(routed.filter((name) => !files.some((file) => file.endsWith(`/${name}.tsx`)))).toEqual([]);
    expect(trainer.filter((name) => !files.includes(`renderer/authoring/${name}.tsx`))).toEqual([]);
  });

  it('keep renderer/screens for pages only', () => {
    expect(files.filter((file) => file.startsWith('renderer/screens/') && !/Screen\.tsx$/.test(file))).toEqual([]);
  });
});
