// Types for readability-core.mjs, which src/flow/readability.test.ts imports.
export declare const MAX_SENTENCE_WORDS: number;
export declare const MAX_OUTCOME_GRADE: number;
export declare function syllables(word: string): number;
export declare function sentencesOf(text: string): string[];
export declare function wordsOf(text: string): string[];
export declare function measure(text: string): {
  text: string;
  sentences: string[];
  words: number;
  ease: number;
  grade: number;
};
export declare function longSentences(text: string, limit?: number): { sentence: string; words: number }[];
