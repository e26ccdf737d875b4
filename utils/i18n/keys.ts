import type en from './locales/en.json';
import type { Subs } from './locale';

/**
 * Message keys, typed. English is the reference locale (tests/unit/utils/i18n/locales.test.ts checks every
 * other locale has exactly its keys), so the keys of en.json are every key there is. The import is
 * type-only: nothing is bundled. A typo in a key, or a key built at run time that has no text,
 * is a compile error.
 */
export type MessageKey = keyof typeof en;

/** Looks up a message and fills its `$1`, `$2`… placeholders: the `t` of every extension page. */
export type TFunction = (key: MessageKey, subs?: Subs) => string;
