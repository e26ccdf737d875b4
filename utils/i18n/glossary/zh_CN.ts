import type { Glossary } from './types';

/**
 * 简体中文 glossary: one word for each thing. A reader in mainland China says 号码 for the phone
 * number, 卡 for the SIM, 套餐 for a plan, 流量包 for a data package, 续费 for renewing and 充值 for
 * topping up.
 */
export const zhCN: Glossary = {
  locale: 'zh-CN',
  terms: [
    {
      concept: 'the phone number; the SIM or eSIM a user tracks',
      use: ['号码', '卡', 'SIM 卡'],
      avoid: [
        {
          word: '线路',
          why: '线路 is an engineer’s word (a circuit): users say 号码 for the number and 卡 for the SIM, and one thing gets one word',
        },
      ],
    },
    {
      concept: 'a plan; a data package',
      use: ['套餐', '流量包'],
      avoid: [{ word: '计划', why: 'a plan one subscribes to is a 套餐; 计划 is a schedule' }],
    },
    {
      concept: 'a monthly plan',
      use: ['月租套餐'],
      avoid: [{ word: '月付', why: 'the line kind is called 月租套餐 everywhere (options, card, help)' }],
    },
    {
      concept: 'renewing; topping up',
      use: ['续费', '充值'],
      avoid: [{ word: '续约', why: 'a contract renewal: prepaid and number-keeping lines have no contract; say 续费 or 充值' }],
    },
    {
      concept: 'unlimited data',
      use: ['无限流量'],
      avoid: [{ word: '吃到饱', why: 'Taiwanese usage; mainland readers say 无限流量' }],
    },
    {
      concept: 'a provider (carrier, MVNO, eSIM seller)',
      use: ['运营商'],
      avoid: [
        { word: '供应商', why: 'one word for every provider: 运营商' },
        { word: '服务商', why: 'one word for every provider: 运营商' },
      ],
    },
  ],
  fixed: { popup_just_now: '刚刚' },
  quoted: [],
};
