// Plain-language report: the Flesch reading ease of every English message
// (as locales/cy-translations.json records it), the hardest ones, and the longest sentence.
// Aim: words a 9 to 11 year old reads easily (reading ease 70 or more).
// Usage: node scripts/readability.mjs [how many to list, default 15]
import { longSentences, measure, MAX_SENTENCE_WORDS } from './readability-core.mjs';
import { tableEnglish } from './translations.mjs';

const texts = tableEnglish().filter((t) => /[a-z]{3}/i.test(t));

const results = texts.map(measure).filter((r) => r.words >= 4);
const all = measure(texts.join('. '));
const longest =
  results.flatMap((r) => r.sentences).sort((a, b) => b.split(/\s+/).length - a.split(/\s+/).length)[0] ?? '';
const tooLong = texts.flatMap((t) => longSentences(t));
const count = Number(process.argv[2] ?? 15);

console.log(`Messages measured: ${results.length} (of ${texts.length}; shorter than 4 words left out)`);
console.log(`Reading ease of all English text together: ${all.ease.toFixed(0)} (70+ is easy for ages 9 to 11)`);
console.log(`Longest sentence (${longest.split(/\s+/).length} words): ${longest.trim()}`);
console.log(`Sentences over ${MAX_SENTENCE_WORDS} words: ${tooLong.length}`);
for (const { sentence, words } of tooLong) console.log(`  ${words}  ${sentence}`);
console.log(`\nHardest ${count}:`);
for (const r of results.sort((a, b) => a.ease - b.ease).slice(0, count)) {
  console.log(`${r.ease.toFixed(0).padStart(5)}  ${r.text.slice(0, 110)}`);
}
