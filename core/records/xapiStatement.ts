// The subset of an xAPI 1.0.3 statement that Playbook Trainer emits and reads. Our own type, so the domain does not
// depend on a client library's typings; every field here is a field of the specification.
import type { QuestionType } from '../model';

export type LanguageMap = Record<string, string>;

/** Who learned: identified by an account on a system or by an e-mail (`mailto:` IRI). */
export type XapiActor =
  | { objectType?: 'Agent'; name?: string; account: { homePage: string; name: string } }
  | { objectType?: 'Agent'; name?: string; mbox: string };

export type InteractionType = 'choice' | 'true-false' | 'sequencing' | 'matching' | 'other';

/** The xAPI interaction type of each of our question types. */
export const INTERACTION_TYPES: Readonly<Record<QuestionType, InteractionType>> = {
  single: 'choice',
  multiple: 'choice',
  scenario: 'choice',
  truefalse: 'true-false',
  order: 'sequencing',
  match: 'matching',
  recall: 'other',
};

export interface XapiActivity {
  objectType: 'Activity';
  id: string;
  definition?: {
    type?: string;
    name?: LanguageMap;
    interactionType?: InteractionType;
  };
}

export interface XapiResult {
  score?: { scaled?: number; raw?: number; min?: number; max?: number };
  success?: boolean;
  completion?: boolean;
  response?: string;
  extensions?: Record<string, unknown>;
}

export interface XapiContext {
  platform?: string;
  language?: string;
  contextActivities?: { parent?: XapiActivity[] };
  extensions?: Record<string, unknown>;
}

export interface XapiStatement {
  /** UUID, fixed when the event is recorded so a retry never makes a second statement. */
  id: string;
  actor: XapiActor;
  verb: { id: string; display: LanguageMap };
  object: XapiActivity;
  result?: XapiResult;
  context?: XapiContext;
  /** When the event happened (ISO 8601). */
  timestamp: string;
  /** Set by the LRS when it stored the statement; absent in what we send. */
  stored?: string;
}
