// What a pull into the trainer's lesson inbox reports, and the inbox's settings.
import type { Diagnostic } from '../model';

export interface InboxSettings {
  /** A folder reps put exported lesson files in (a shared network folder, say); null when none is set. */
  dropFolder: string | null;
  /** Whether an LRS is configured to pull shared lessons from. */
  lrs: boolean;
  /** ISO time of the last pull. */
  lastPull?: string;
}

export interface PullSource {
  /** `off`: not configured. */
  status: 'pulled' | 'failed' | 'off';
  /** Statements or files read. */
  count?: number;
  message?: string;
}

/** A problem of a lesson file or statement; `path` names it as a person knows it (the file's name, or the lesson in the LRS). */
export interface LessonDiagnostic extends Diagnostic {
  path: string;
}

export interface PullReport {
  /** Ids of the lessons added to the inbox. */
  added: string[];
  /** Ids of lessons re-shared with changes while still in the inbox. */
  updated: string[];
  /** Lessons the inbox already had. */
  known: number;
  diagnostics: LessonDiagnostic[];
  lrs: PullSource;
  folder: PullSource;
}
