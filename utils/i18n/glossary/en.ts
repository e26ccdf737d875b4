import type { Glossary } from './types';

/** English glossary: "provider" for every carrier, MVNO and eSIM seller; "line" for what a user tracks. */
export const en: Glossary = {
  locale: 'en',
  terms: [
    {
      concept: 'a provider (carrier, MVNO, eSIM seller)',
      use: ['provider'],
      avoid: [
        { word: 'carrier', why: 'one word for every provider, MVNOs and eSIM sellers included: provider' },
        { word: 'operator', why: 'one word for every provider: provider' },
      ],
    },
    {
      concept: 'a reading of the last minute',
      use: ['just now'],
      avoid: [{ word: 'Read now', why: '"Read now" reads like a button: a reading of the last minute was read "just now"' }],
    },
  ],
  fixed: { popup_just_now: 'just now' },
  quoted: [],
};
