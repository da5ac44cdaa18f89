// No sentence in any English message (every msg() source in locales/cy.xlf: questions, outcomes,
// cards, the staying-safe note, buttons) is longer than 25 words. Outcome-by-outcome grades are
// checked in src/flow/readability.test.ts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { longSentences, MAX_SENTENCE_WORDS } from './readability-core.mjs';

const xliff = readFileSync(new URL('../locales/cy.xlf', import.meta.url), 'utf8');
const sources = [...xliff.matchAll(/<source>([\s\S]*?)<\/source>/g)].map((m) =>
  m[1].replace(/<x [^>]*\/>/g, 'it').replace(/&amp;/g, '&'),
);

test(`no English sentence a visitor reads is over ${MAX_SENTENCE_WORDS} words`, () => {
  assert.ok(sources.length > 300, `only ${sources.length} messages found in locales/cy.xlf`);
  assert.deepEqual(
    sources.flatMap((s) => longSentences(s)),
    [],
  );
});
