import type { Glossary } from './types';

/**
 * 日本語 glossary: 事業者 for a provider, 回線 for a line, チャージ for a top-up, 使い放題 for unlimited
 * data; the name of a screen, menu, button or product stands in 「」 wherever a sentence mentions it.
 */
export const ja: Glossary = {
  locale: 'ja',
  terms: [
    {
      concept: 'a provider (carrier, MVNO, eSIM seller)',
      use: ['事業者'],
      avoid: [
        { word: 'キャリア', why: 'キャリア is only the big three carriers; Kigen says 事業者 for every provider, MVNOs included' },
        { word: 'プロバイダ', why: 'プロバイダー is an Internet service provider; Kigen says 事業者' },
        { word: '通信会社', why: 'one word for every provider: 事業者' },
      ],
    },
    {
      concept: 'unlimited data',
      use: ['使い放題'],
      avoid: [{ word: '無制限', why: 'one word for unlimited data: 使い放題, as the providers’ own plans say' }],
    },
  ],
  fixed: { popup_just_now: 'たった今' },
  quoted: [
    // Kigen's own button; 編集された is the verb.
    { name: '編集', unless: ['編集された'] },
    // Providers' screens, menus, apps and products, as their pages name them.
    { name: 'データチャージ' },
    { name: 'パケットチャージ' },
    { name: '今すぐチャージ' },
    { name: 'オートチャージ' },
    { name: '1ヶ月チャージ' },
    { name: '6ヶ月チャージ' },
    { name: 'スピードモード' },
    { name: '1GB追加オプション' },
    { name: 'auかんたん決済' },
    { name: '会員専用ページ' },
    { name: 'マイメニュー' },
    { name: 'ポータルアプリ' },
    { name: 'my 楽天モバイル' },
    { name: 'My docomo' },
    { name: 'My ahamo' },
    { name: 'My au' },
    { name: 'my UQ mobile' },
    { name: 'My SoftBank' },
    { name: 'My Y!mobile' },
    { name: 'My Page' },
    { name: 'MyAccount' },
    { name: 'My giffgaff' },
    { name: 'My eSIMs' },
  ],
};
