// `pbt.config.yaml` in a content root: settings for checking that root in its own repository's CI.
import { z } from 'zod';
import type { Diagnostic } from '../model';
import { readYamlItem } from './parseResult';

export const CONTENT_CONFIG_FILE = 'pbt.config.yaml';

const contentConfigSchema = z.strictObject({
  /** Warnings fail `pbt check` as errors do (what `--strict` does for one run). */
  strict: z.boolean().default(false),
});

export type ContentConfig = z.infer<typeof contentConfigSchema>;

/** The settings of a config file's text; an empty file is the defaults, a wrong or unknown field an error at its line. */
export function parseContentConfig(text: string, file: string): { config?: ContentConfig; diagnostics: Diagnostic[] } {
  if (text.trim() === '') return { config: contentConfigSchema.parse({}), diagnostics: [] };
  const { value, diagnostics } = readYamlItem(text, file, contentConfigSchema);
  return { ...(value ? { config: value } : {}), diagnostics };
}
