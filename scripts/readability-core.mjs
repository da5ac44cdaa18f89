// Plain-language measures shared by scripts/readability.mjs (a report on every English message)
// and src/flow/readability.test.ts (the limits every outcome keeps): sentences, words, a
// syllable estimate, Flesch reading ease and the Flesch-Kincaid grade.

/** The most words a sentence a visitor reads may have. */
export const MAX_SENTENCE_WORDS = 25;
/** The highest Flesch-Kincaid grade an outcome's guidance may score (reading age 11). */
export const MAX_OUTCOME_GRADE = 6;

/**
 * A syllable estimate good enough to rank text: vowel groups, less a silent final e.
 * @param {string} word
 */
export function syllables(word) {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  const groups = w
    .replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '')
    .replace(/^y/, '')
    .match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

/**
 * The sentences of a text: split after . ! or ? and a space, and at line breaks.
 * @param {string} text
 */
export function sentencesOf(text) {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => /[a-z]/i.test(s));
}

/**
 * The words of a text: runs of characters with at least one letter (numbers are not words).
 * @param {string} text
 */
export function wordsOf(text) {
  return text.split(/\s+/).filter((w) => /[a-z]/i.test(w));
}

/**
 * Flesch reading ease and Flesch-Kincaid grade of some text, with its counts.
 * @param {string} text
 */
export function measure(text) {
  const sentences = sentencesOf(text);
  const words = wordsOf(text);
  const syllableCount = words.reduce((n, w) => n + syllables(w), 0);
  const perSentence = words.length / Math.max(1, sentences.length);
  const perWord = syllableCount / Math.max(1, words.length);
  return {
    text,
    sentences,
    words: words.length,
    ease: 206.835 - 1.015 * perSentence - 84.6 * perWord,
    grade: 0.39 * perSentence + 11.8 * perWord - 15.59,
  };
}

/**
 * The sentences of a text longer than the limit, with their word counts.
 * @param {string} text
 * @param {number} [limit]
 */
export function longSentences(text, limit = MAX_SENTENCE_WORDS) {
  return sentencesOf(text)
    .map((sentence) => ({ sentence, words: wordsOf(sentence).length }))
    .filter((s) => s.words > limit);
}
