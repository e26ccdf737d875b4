import type { MessageKey } from '../keys';
import type { Locale } from '../locale';

/**
 * The contract of a language's glossary (`utils/i18n/glossary/<locale>.ts`): the one word Kigen uses
 * for each thing, the words it never uses in UI strings and why. Every locale file and every provider
 * guide text is checked against it by tests/unit/utils/i18n/glossary.test.ts, which names the key of
 * each offender. Glossaries are data for that check and for translators; nothing ships them.
 */

/** A word no UI string of this language contains. */
export interface ForbiddenWord {
  word: string;
  /** Why it is wrong here, for the translator who meets the test failure. */
  why: string;
  /** Longer words that contain `word` and are fine ("編集された": the verb, not the button). */
  unless?: string[];
}

/** One thing Kigen names, with the word for it and the words it never uses for it. */
export interface GlossaryTerm {
  /** What is named, in English ("the phone number", "a top-up"). */
  concept: string;
  /** The word or words to use, in this language. */
  use: string[];
  avoid: ForbiddenWord[];
}

/**
 * The name of a screen, menu, button or product that a sentence mentions: it stands in 「」
 * wherever it occurs, so a reader can find it on the page ("「データチャージ」を開きます").
 */
export interface QuotedName {
  name: string;
  /** Where the same letters are not the name ("編集された" is the verb). */
  unless?: string[];
}

export interface Glossary {
  locale: Locale;
  terms: GlossaryTerm[];
  /** Messages whose whole text is fixed: the relative time "just now" is one word in each language. */
  fixed: Partial<Record<MessageKey, string>>;
  /** Names that stand in 「」 in every sentence (Japanese). */
  quoted: QuotedName[];
}
