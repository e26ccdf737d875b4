import type { Glossary } from './types';

/**
 * 繁體中文 (Taiwan) glossary: 門號 for the phone number, SIM 卡 / 卡片 for the SIM, 方案 for a plan,
 * 加值 / 儲值 for topping up (what the providers' pages and our guides say), 吃到飽 for unlimited data.
 */
export const zhTW: Glossary = {
  locale: 'zh-TW',
  terms: [
    {
      concept: 'the phone number; the SIM or eSIM a user tracks',
      use: ['門號', 'SIM 卡', '卡片'],
      avoid: [{ word: '線路', why: 'an engineer’s word: users say 門號 for the number and 卡 for the SIM' }],
    },
    {
      concept: 'topping up or renewing a prepaid line',
      use: ['加值', '儲值'],
      avoid: [
        {
          word: '續約',
          why: '續約 is renewing a contract: a prepaid top-up is 加值 / 儲值, as the guides and the providers say ("立即續約" read as signing a contract)',
        },
        { word: '續費', why: 'one word for topping up: 加值 / 儲值' },
        { word: '充值', why: 'mainland usage; Taiwan says 加值 / 儲值' },
      ],
    },
    {
      concept: 'unlimited data',
      use: ['吃到飽'],
      avoid: [{ word: '無限流量', why: 'one word for unlimited: 吃到飽, as Taiwanese plans say' }],
    },
    {
      concept: 'a plan; a monthly plan',
      use: ['方案', '月租方案'],
      avoid: [
        { word: '套餐', why: 'mainland usage; Taiwan says 方案' },
        { word: '月付', why: 'the line kind is called 月租方案 everywhere (options, card, help)' },
      ],
    },
    {
      concept: 'a provider',
      use: ['電信業者', '業者'],
      avoid: [{ word: '運營商', why: 'mainland usage; Taiwan says 電信業者' }],
    },
  ],
  fixed: { popup_just_now: '剛剛' },
  quoted: [],
};
