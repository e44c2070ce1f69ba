// One xAPI statement as the team view reads it: who, when, and what it is about by the verb and the `content`
// context extension (never by parsing activity ids, which carry each company's own base). Statements come from
// other people's machines and LRSs, so every field is checked and a statement that is not ours is a value, not a throw.
import { actorKey } from '../records/actorKey';
import { EXTENSIONS, VERBS, type CaseChoice, type ContentRef } from '../records/xapiVocabulary';

const RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type TeamRating = (typeof RATINGS)[number];

interface EventBase {
  /** The statement id, so a statement sent twice (or exported twice) counts once. */
  id: string;
  /** The actor key: `account:<homePage>|<name>` or `mbox:<mailto:…>`. */
  actor: string;
  name: string;
  /** The event's time (statement `timestamp`), ms since the epoch. */
  at: number;
  lang: string;
}

export type TeamEvent = EventBase &
  (
    | { kind: 'read'; playbookId: string }
    | { kind: 'answer'; quizId: string; questionId: string; success: boolean; options: string[]; choice: boolean }
    | { kind: 'quiz'; quizId: string; score: number; passed: boolean }
    | { kind: 'case'; caseId: string; score: number; choices: CaseChoice[] }
    | { kind: 'rating'; quizId: string; questionId: string; rating: TeamRating }
  );

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.length > 0 ? value : undefined);

/** The key a rep is known by everywhere (team view, `--elite`), for an actor that may not be well formed. */
export function actorKeyOf(actor: unknown): string | undefined {
  if (!isObject(actor)) return undefined;
  const account = actor.account;
  if (isObject(account) && text(account.homePage) && text(account.name)) return actorKey({ account: { homePage: account.homePage as string, name: account.name as string } });
  const mbox = text(actor.mbox);
  return mbox ? actorKey({ mbox }) : undefined;
}

function contentRef(context: unknown): ContentRef | undefined {
  if (!isObject(context) || !isObject(context.extensions)) return undefined;
  const ref = context.extensions[EXTENSIONS.content];
  if (!isObject(ref) || !text(ref.kind) || !text(ref.id)) return undefined;
  return ref as unknown as ContentRef;
}

function scaled(result: Json): number | undefined {
  const score = result.score;
  if (!isObject(score)) return undefined;
  if (typeof score.scaled === 'number' && Number.isFinite(score.scaled)) return Math.min(1, Math.max(0, score.scaled));
  const { raw, max } = score;
  return typeof raw === 'number' && typeof max === 'number' && max > 0 ? Math.min(1, Math.max(0, raw / max)) : undefined;
}

const stringList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

function caseChoices(value: unknown): CaseChoice[] {
  if (!Array.isArray(value)) return [];
  return value.filter((choice): choice is CaseChoice => isObject(choice) && typeof choice.step === 'string' && typeof choice.option === 'string' && typeof choice.elite === 'boolean');
}

/**
 * The event a statement records, `undefined` for a statement the team view has no use for (a lesson shared, a
 * section read), or a message saying why it cannot be read.
 */
export function readTeamStatement(statement: unknown): TeamEvent | undefined | { error: string } {
  if (!isObject(statement)) return { error: 'not a JSON object' };
  const id = text(statement.id);
  const actor = actorKeyOf(statement.actor);
  const at = Date.parse(text(statement.timestamp) ?? '');
  const verb = isObject(statement.verb) ? text(statement.verb.id) : undefined;
  if (!id) return { error: 'no statement id' };
  if (!actor) return { error: 'no actor account or mbox' };
  if (!verb) return { error: 'no verb id' };
  if (!Number.isFinite(at)) return { error: 'no valid timestamp' };
  const ref = contentRef(statement.context);
  if (!ref) return undefined;
  const context = statement.context as Json;
  const base: EventBase = {
    id,
    actor,
    name: (isObject(statement.actor) && text(statement.actor.name)) || actor,
    at,
    lang: text(context.language) ?? '',
  };
  const result = isObject(statement.result) ? statement.result : {};
  const extensions = isObject(result.extensions) ? result.extensions : {};
  switch (verb) {
    case VERBS.experienced:
      return ref.kind === 'playbook' ? { ...base, kind: 'read', playbookId: ref.id } : undefined;
    case VERBS.answered: {
      if (ref.kind !== 'question' || !ref.part || typeof result.success !== 'boolean') return undefined;
      const object = isObject(statement.object) ? statement.object : {};
      const interaction = isObject(object.definition) ? object.definition.interactionType : undefined;
      const choice = interaction === 'choice' || interaction === 'true-false';
      return { ...base, kind: 'answer', quizId: ref.id, questionId: ref.part, success: result.success, options: stringList(extensions[EXTENSIONS.options]), choice };
    }
    case VERBS.passed:
    case VERBS.failed: {
      const score = scaled(result);
      if (ref.kind !== 'quiz' || score === undefined) return undefined;
      return { ...base, kind: 'quiz', quizId: ref.id, score, passed: verb === VERBS.passed };
    }
    case VERBS.completed: {
      const score = scaled(result);
      if (ref.kind !== 'case' || score === undefined) return undefined;
      return { ...base, kind: 'case', caseId: ref.id, score, choices: caseChoices(extensions[EXTENSIONS.choices]) };
    }
    case VERBS.rated: {
      const rating = extensions[EXTENSIONS.rating];
      if (ref.kind !== 'question' || !ref.part || !RATINGS.includes(rating as TeamRating)) return undefined;
      return { ...base, kind: 'rating', quizId: ref.id, questionId: ref.part, rating: rating as TeamRating };
    }
    default:
      return undefined;
  }
}
