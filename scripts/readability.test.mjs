// No sentence in any English message (every msg()'s English in locales/cy-translations.json: questions, outcomes,
// cards, the staying-safe note, buttons) is longer than 25 words. Outcome-by-outcome grades are
// checked in src/flow/readability.test.ts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { longSentences, MAX_SENTENCE_WORDS } from './readability-core.mjs';
import { tableEnglish } from './translations.mjs';

const sources = tableEnglish();

test(`no English sentence a visitor reads is over ${MAX_SENTENCE_WORDS} words`, () => {
  assert.ok(sources.length > 300, `only ${sources.length} messages found in locales/cy-translations.json`);
  assert.deepEqual(
    sources.flatMap((s) => longSentences(s)),
    [],
  );
});
