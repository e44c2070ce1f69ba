// `pbt gift import|export`: Moodle GIFT question banks in and out of quiz YAML.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Lang } from '../../core/model';
import { parseContentFile } from '../../core/content/parseContentFile';
import { parseQuiz } from '../../core/content/parseQuiz';
import { exportGift } from '../../core/interchange/gift/exportGift';
import { importGift } from '../../core/interchange/gift/importGift';
import { quizToYaml } from '../../core/interchange/quizYaml';
import { writeFileAtomically } from '../../backend/files/writeFileAtomically';
import { UsageError, type CliIo, type ExitCode } from '../io';
import { reportDiagnostics } from './reportDiagnostics';

export interface GiftImportCommand {
  file: string;
  quizId: string;
  lang: Lang;
  playbook: string;
  title?: string;
  /** Where to write the quiz YAML; standard output when absent. */
  out?: string;
}

export async function giftImport(command: GiftImportCommand, io: CliIo): Promise<ExitCode> {
  const file = path.resolve(io.cwd, command.file);
  const text = await readText(file, command.file);
  const imported = importGift(text, { root: path.dirname(file), file }, { id: command.quizId, lang: command.lang, playbook: command.playbook, title: command.title });
  reportDiagnostics(imported.diagnostics, io);
  if (!imported.quiz) return 1;
  const yaml = quizToYaml(imported.quiz, `Imported from ${path.basename(file)} (Moodle GIFT).`);
  // The written file is checked like any quiz, so what `pbt check` will say about it is said now.
  const out = command.out ? path.resolve(io.cwd, command.out) : undefined;
  const written = out ?? path.join(io.cwd, 'stdout');
  const checked = parseQuiz(yaml, { root: path.dirname(written), file: written });
  reportDiagnostics(checked.diagnostics, io);
  await emit(yaml, out, io);
  const questions = imported.quiz.questions.length;
  io.err(`imported ${questions} question${questions === 1 ? '' : 's'} into quiz "${command.quizId}"${out ? ` (${command.out})` : ''}`);
  return [...imported.diagnostics, ...checked.diagnostics].some((d) => d.severity === 'error') ? 1 : 0;
}

export async function giftExport(command: { file: string; out?: string }, io: CliIo): Promise<ExitCode> {
  const file = path.resolve(io.cwd, command.file);
  // Through parseContentFile, so a file the parser fails on is reported like any other problem of the file.
  const { item, diagnostics } = parseContentFile('quiz', await readText(file, command.file), { root: path.dirname(file), file });
  const quiz = item?.kind === 'quiz' ? item : undefined;
  if (!quiz) {
    reportDiagnostics(diagnostics, io);
    return 1;
  }
  const gift = exportGift(quiz);
  reportDiagnostics(gift.diagnostics, io);
  await emit(gift.text, command.out ? path.resolve(io.cwd, command.out) : undefined, io);
  return 0;
}

async function readText(file: string, asGiven: string): Promise<string> {
  return readFile(file, 'utf8').catch(() => {
    throw new UsageError(`cannot read ${asGiven}`);
  });
}


async function emit(text: string, out: string | undefined, io: CliIo): Promise<void> {
  if (out) await writeFileAtomically(out, new TextEncoder().encode(text));
  else io.out(text.trimEnd());
}
