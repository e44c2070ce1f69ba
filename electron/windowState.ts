// Window size and position remembered between launches, in a small JSON file next to the progress store.
// Saved bounds are only trusted as far as they still fit a connected display (monitors come and go).
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomically } from '../backend/files/writeFileAtomically';

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowBounds {
  /** Absent: let the system centre the window. */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_BOUNDS: WindowBounds = { width: 1280, height: 820, maximized: false };
/** How much of the window must lie on a display for the saved position to be kept. */
const MIN_VISIBLE = { width: 120, height: 80 };

const savedBounds = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200).max(20000),
  height: z.number().int().min(200).max(20000),
  maximized: z.boolean().default(false),
});

export function restoreBounds(saved: unknown, workAreas: readonly Area[]): WindowBounds {
  const parsed = savedBounds.safeParse(saved);
  if (!parsed.success) return fitSize(DEFAULT_BOUNDS, workAreas[0]);
  const bounds = parsed.data;
  const display = workAreas.find((area) => overlap(bounds, area).width >= MIN_VISIBLE.width && overlap(bounds, area).height >= MIN_VISIBLE.height);
  if (!display) return fitSize({ width: bounds.width, height: bounds.height, maximized: bounds.maximized }, workAreas[0]);
  return fitSize(bounds, display);
}

function overlap(a: Area, b: Area): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

function fitSize(bounds: WindowBounds, area: Area | undefined): WindowBounds {
  if (!area) return bounds;
  return { ...bounds, width: Math.min(bounds.width, area.width), height: Math.min(bounds.height, area.height) };
}

export async function readWindowState(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return undefined;
  }
}

export async function writeWindowState(file: string, bounds: WindowBounds): Promise<void> {
  await writeFileAtomically(file, `${JSON.stringify(bounds, null, 2)}\n`);
}
