// Runs a zod schema over YAML data and turns each issue into a diagnostic at the offending node,
// worded for a trainer: which field, what is wrong, and the nearest valid name for a misspelt one.
import { z } from 'zod';
import type { Diagnostic } from '../model';
import { didYouMean } from './nearestName';
import type { YamlPath, YamlSource } from './yamlSource';

export interface ShapeResult<T> {
  value?: T;
  diagnostics: Diagnostic[];
}

/** Validates `value` (found at `path` in the source) against `schema`. */
export function checkShape<T>(source: YamlSource, schema: z.ZodType<T>, value: unknown, path: YamlPath = []): ShapeResult<T> {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return { value: result.data, diagnostics: [] };
  return { diagnostics: result.error.issues.flatMap((issue) => describeIssue(source, schema, path, issue)) };
}

/** `questions[2].options` */
export function fieldName(path: YamlPath): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('') || 'the file';
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of fields',
};

function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `text "${value}"`;
  return `${typeof value} ${String(value)}`;
}

function describeIssue(source: YamlSource, schema: z.ZodType, base: YamlPath, issue: z.core.$ZodIssue): Diagnostic[] {
  const relative = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  const path = [...base, ...relative];
  const field = `"${fieldName(path)}"`;
  const at = (message: string) => [source.diagnostic(path, 'error', message)];
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return at(`missing required field ${field}`);
      return at(`${field} must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${describeValue(issue.input)}`);
    case 'invalid_value': {
      const values = issue.values.map(String);
      const found = String(issue.input);
      return at(`${field} must be ${values.length === 1 ? `"${values[0]}"` : `one of ${values.join(', ')}`}, not "${found}"${didYouMean(found, values)}`);
    }
    case 'too_small':
      if (issue.origin === 'array') return at(`${field} needs at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`);
      if (issue.origin === 'string') return at(`${field} must not be empty`);
      return at(`${field} must be at least ${issue.minimum}`);
    case 'too_big':
      if (issue.origin === 'array') return at(`${field} can have at most ${issue.maximum} items`);
      if (issue.origin === 'string') return at(`${field} can be at most ${issue.maximum} characters long`);
      return at(`${field} must be at most ${issue.maximum}`);
    case 'unrecognized_keys': {
      const known = knownFields(schema, relative);
      return issue.keys.map((key) => {
        const suggestion = didYouMean(key, known) || (known.length ? `; the fields here are: ${known.join(', ')}` : '');
        return source.diagnostic([...path, key], 'error', `unknown field "${key}"${suggestion}`, 'key');
      });
    }
    default:
      return at(`${field} ${issue.message}`);
  }
}

/** The field names the schema accepts for the mapping at `path`. */
function knownFields(schema: z.ZodType, path: readonly (string | number)[]): string[] {
  let current: z.ZodType | undefined = unwrap(schema);
  for (const key of path) {
    if (current instanceof z.ZodObject) current = (current.shape as Record<string, z.ZodType>)[String(key)];
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else if (current instanceof z.ZodTuple) current = current.def.items[Number(key)] as z.ZodType | undefined;
    else current = undefined;
    current = current && unwrap(current);
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

function unwrap(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodNullable ? unwrap(schema.unwrap() as z.ZodType) : schema;
}
