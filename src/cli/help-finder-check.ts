/// <reference types="node" />
/**
 * `help-finder-check config.json`: checks a partner configuration in a web team's own
 * pipeline, with the widget's own parser, and prints the lines the widget would log in the
 * browser's console. Built by rollup into `dist/help-finder-check.js`, the package's bin.
 *
 * Exit codes: 0 no errors (warnings are printed), 1 at least one error (or, with `--strict`,
 * a warning), 2 the command was used wrongly or a file could not be read.
 */
import { readFileSync } from 'node:fs';
import { type ConfigProblem, parseConfigJson } from '../config/parse-config.js';
import { problemLine } from '../config/problem-line.js';

const USAGE = `Usage: help-finder-check [--strict] FILE.json...

Checks help-finder configuration files with the widget's own parser and prints each problem
as the widget logs it in the browser's console, naming the field.

  --strict   exit 1 on warnings too, not only on errors
  --help     show this help

Exit codes: 0 no errors, 1 errors (or warnings with --strict), 2 a file could not be read.`;

interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The report for one file's text: its lines and how many errors and warnings it found. */
export function checkConfigText(text: string, name: string): { lines: string[]; errors: number; warnings: number } {
  const { problems } = parseConfigJson(text);
  const errors = problems.filter((p: ConfigProblem) => p.severity === 'error');
  const warnings = problems.filter((p: ConfigProblem) => p.severity !== 'error');
  const lines = [...errors, ...warnings].map(
    (p) => `${name}: ${p.severity === 'error' ? 'error  ' : 'warning'} ${problemLine(p)}`,
  );
  lines.push(
    problems.length === 0
      ? `${name}: no problems found`
      : `${name}: ${plural(errors.length, 'error')}, ${plural(warnings.length, 'warning')}` +
          (errors.length ? ' (the widget leaves out each value with an error and uses the rest)' : ''),
  );
  return { lines, errors: errors.length, warnings: warnings.length };
}

/** Runs the command on its arguments; returns the exit code. */
export function main(args: readonly string[], output: Output): number {
  const strict = args.includes('--strict');
  if (args.includes('--help') || args.includes('-h')) {
    output.out(USAGE);
    return 0;
  }
  if (args.includes('--version')) {
    // dist/help-finder-check.js sits one folder below the package's package.json.
    output.out(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version);
    return 0;
  }
  const unknown = args.filter((a) => a.startsWith('-') && a !== '--strict');
  const files = args.filter((a) => !a.startsWith('-'));
  if (unknown.length || files.length === 0) {
    if (unknown.length) output.err(`help-finder-check: unknown option ${unknown.join(', ')}`);
    output.err(USAGE);
    return 2;
  }
  let code = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      output.err(`${file}: could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      code = 2;
      continue;
    }
    const report = checkConfigText(text, file);
    for (const line of report.lines) output.out(line);
    if (code === 0 && (report.errors > 0 || (strict && report.warnings > 0))) code = 1;
  }
  return code;
}

process.exitCode = main(process.argv.slice(2), {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
});
