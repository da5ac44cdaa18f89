/// <reference types="node" />
/**
 * `help-finder-check config.json`: checks a partner configuration in a web team's own
 * pipeline, with the widget's own parser, and prints the lines the development build
 * (`dist/help-finder.dev.js`) would log in the browser's console, each with its reason. Built by rollup into `dist/help-finder-check.js`, the package's bin.
 *
 * Exit codes: 0 no errors (warnings are printed), 1 at least one error (or, with `--strict`,
 * a warning), 2 the command was used wrongly or a file could not be read.
 */
import { readFileSync } from 'node:fs';
import { type ConfigProblem, parseConfigJson } from '../config/parse-config.js';
import { problemLine } from '../config/problem-line.js';
import { serviceProvenance } from '../services/service-provenance.js';
import { bankHolidayLines } from '../time/bank-holidays.js';

const USAGE = `Usage: help-finder-check [--strict] FILE.json...
       help-finder-check --council ID [--council ID...] > help-finder.json

Checks help-finder configuration files with the widget's own parser and prints each problem
as the widget's development build logs it in the browser's console: the field, and why.

  --strict   exit 1 on warnings too, not only on errors
  --council  start a configuration from a Welsh council's preset (several for a board):
             the configuration goes to standard output, each value's source and date and
             what is missing to standard error. A council by its id or its English or
             Welsh name ("--council Abertawe"). "--council list" lists the councils.
  --facts    list every national service fact in this version: its sources, the date it
             was checked and how sure we are (C2 two sources, C1 one, U uncertain);
             with --json, as JSON
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

/** The date of the oldest check of a national service fact in this version. */
export function oldestFactCheck(): string {
  return Object.values(serviceProvenance)
    .map((p) => p.checked)
    .sort()[0]!;
}

/** Every national service fact: service, confidence, date checked, sources and what is unsure. */
export function factsReport(): string[] {
  const lines: string[] = [];
  const entries = Object.entries(serviceProvenance).sort(([, a], [, b]) => a.checked.localeCompare(b.checked));
  for (const [id, p] of entries) {
    lines.push(`${id}: ${p.confidence}, checked ${p.checked}`);
    for (const source of p.sources) lines.push(`  source: ${source}`);
    if (p.note) lines.push(`  note: ${p.note}`);
  }
  lines.push(`${entries.length} services; oldest check ${oldestFactCheck()}`);
  lines.push(...bankHolidayLines(new Date()));
  return lines;
}

interface PresetFact {
  value: string;
  confidence: 'C1' | 'C2';
  sources: { title: string; url?: string; date: string }[];
  note?: string;
}

interface CouncilPreset {
  id: string;
  name: { en: string; cy: string };
  phone?: PresetFact;
  outOfHoursPhone?: PresetFact;
  url?: PresetFact;
  missing: { phone?: string; outOfHoursPhone?: string; url?: string };
  /** Why this preset's values need a call before going live (old or unfound sources). */
  recheck?: string;
}

/** The configurator's council presets (demo/council-presets.js, copied beside this file by the build). */
async function loadPresets(): Promise<{
  councilPresets: CouncilPreset[];
  RESEARCHED: string;
  CONFIDENCE: Record<string, string>;
}> {
  return import(new URL('./council-presets.js', import.meta.url).href);
}

/** A starting configuration from council presets: the JSON on `out`, every value's provenance on `err`. */
async function councils(ids: readonly string[], output: Output): Promise<number> {
  const { councilPresets, RESEARCHED, CONFIDENCE } = await loadPresets();
  // A council by its id, or by its English or Welsh name ("Abertawe", "sir-ddinbych", "Bro Morgannwg").
  const key = (name: string) =>
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  const find = (id: string) =>
    councilPresets.find((p) => [p.id, p.name.en, p.name.cy].some((name) => key(name) === key(id)));
  const unknown = ids.filter((id) => id !== 'list' && !find(id));
  if (ids.includes('list') || unknown.length) {
    if (unknown.length && !ids.includes('list'))
      output.err(`help-finder-check: no council "${unknown.join('", "')}"; the councils are:`);
    for (const p of councilPresets)
      (unknown.length && !ids.includes('list') ? output.err : output.out)(`${p.id}  ${p.name.en} / ${p.name.cy}`);
    return unknown.length && !ids.includes('list') ? 2 : 0;
  }
  // A council named twice (by id, or by its English or Welsh name) is one area: two with one id
  // would make the configuration it writes an error.
  const presets = [...new Set(ids.map((id) => find(id)!))];
  const fields = ['phone', 'outOfHoursPhone', 'url'] as const;
  const areas = presets.map((p) => ({
    id: p.id,
    name: p.name,
    childrensServices: Object.fromEntries(fields.filter((f) => p[f]).map((f) => [f, p[f]!.value])),
  }));
  output.out(JSON.stringify({ areas }, null, 2));
  output.err(
    `From the council reference (researched ${RESEARCHED} from stored copies of the councils' public pages, not checked against the live sites). Only values from one source (C1) or two (C2) are filled in.`,
  );
  presets.forEach((p, i) => {
    if (p.recheck) output.err(`areas[${i}] (${p.name.en}): check first. ${p.recheck}`);
    for (const f of fields) {
      const at = `areas[${i}].childrensServices.${f}`;
      const fact = p[f];
      if (!fact) {
        output.err(`${at} (${p.name.en}): empty. ${p.missing[f] ?? ''}`.trim());
        continue;
      }
      const sources = fact.sources.map((s) => `${s.title}${s.url ? ` <${s.url}>` : ''} (${s.date})`).join('; ');
      const check = f === 'url' ? 'Check this page before going live.' : 'Check this number before going live.';
      output.err(
        `${at} (${p.name.en}): ${fact.value}: ${fact.confidence} (${CONFIDENCE[fact.confidence]}). ${fact.note ? `${fact.note} ` : ''}Source: ${sources}. ${check}`,
      );
    }
  });
  return 0;
}

/** Runs the command on its arguments; returns the exit code. */
export async function main(args: readonly string[], output: Output): Promise<number> {
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
  if (args.includes('--facts')) {
    if (args.includes('--json')) {
      output.out(JSON.stringify({ oldestCheck: oldestFactCheck(), services: serviceProvenance }, null, 2));
    } else {
      for (const line of factsReport()) output.out(line);
    }
    return 0;
  }
  const councilIds = args.flatMap((a, i) => (args[i - 1] === '--council' ? a.split(',') : []));
  if (args.includes('--council')) {
    if (councilIds.length === 0) {
      output.err('help-finder-check: --council needs a council, e.g. --council torfaen ("--council list" lists them)');
      return 2;
    }
    return councils(councilIds, output);
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
  output.out(
    `National service facts in this version: oldest checked ${oldestFactCheck()} (--facts lists each with its sources).`,
  );
  // The table's end concerns the widget's version, not the configuration: never an exit code.
  for (const line of bankHolidayLines(new Date()).slice(1)) output.out(line);
  return code;
}

// Piped into `head`, stop quietly when the reader has had enough.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
});
