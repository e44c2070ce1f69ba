// Learning Locker's xAPI validation (the one Learning Locker runs on every statement it receives), as a list of
// readable problems: empty when the statement is valid xAPI 1.0.3.
import validation from '@learninglocker/xapi-validation';

type Validate = (data: unknown) => { constructor: { name: string }; path: string[]; data?: unknown }[];
// The package is CommonJS with an `exports.default`; depending on the loader the default import is the function or the module.
const validate: Validate = (validation as unknown as { default?: Validate }).default ?? (validation as unknown as Validate);

export function statementProblems(statement: unknown): string[] {
  return validate(statement).map((warning) => `${warning.constructor.name.replace(/Warning$/, '')} at ${warning.path.join('.')}: ${JSON.stringify(warning.data)?.slice(0, 120)}`);
}
