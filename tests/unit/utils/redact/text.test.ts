import { describe, expect, it } from 'vitest';
import { Placeholders } from '@/utils/redact/identifiers';
import { isPersonalLabel } from '@/utils/redact/labels';
import { redactText } from '@/utils/redact/text';

/** Each case with fresh placeholders: the first identifier of a page is number 1. */
const redact = (text: string) => redactText(text, new Placeholders());

describe('redactText: identifiers become placeholders of the same shape', () => {
  it.each([
    ['Japanese mobile', '090-1234-5678', '090-0000-0001'],
    ['full-width, long-vowel dashes', '０９０－１２３４ー５６７８', '０９０－００００ー０００１'],
    ['+81', '+81 90-1234-5678', '+81 90-0000-0001'],
    ['fixed line keeps only its 0', '03-5555-0199', '00-0000-0001'],
    ['free dial', '0120-444-989', '0000-000-001'],
    ['IP phone', '050 3131 7272', '050 0000 0001'],
    ['UK mobile', '07700 900456', '07000 000001'],
    ['Hong Kong mobile', '9123 4567', '9000 0001'],
    ['Hong Kong, bare', '51234567', '50000001'],
    ['Hong Kong +852', '+852 2123 4567', '+852 2000 0001'],
    ['mainland China mobile', '13812345678', '13800000001'],
    ['mainland China +86, spaced', '+86 139 1234 5678', '+86 139 0000 0001'],
    ['UK +44', '+44 7700 900812', '+44 0000 000001'],
    ['US +1', '+1 201-555-0147', '+1 000-000-0001'],
    ['ICCID (19)', '8981100000123456789', '8900000000000000001'],
    ['ICCID (20), spaced', '8981 2000 0076 5432 1011', '8900 0000 0000 0000 0001'],
    ['EID', '89049032123451234512345678901235', '89000000000000000000000000000001'],
    ['card, grouped', 'カード 4111 1111 1111 1111', 'カード 0000 0000 0000 0001'],
    ['Amex', '378282246310005', '000000000000001'],
    ['masked card tail', '**** **** **** 4242', '**** **** **** 0001'],
    ['masked phone tail', '090-****-5678', '090-****-0001'],
    ['email', 'taro.yamada@example.jp', 'xxxx.xxxxxx@xxxxxxx.xx'],
    ['full-width email', 'ｈａｎａｋｏ＠ｅｘａｍｐｌｅ．ｃｏｍ', 'ｘｘｘｘｘｘ＠ｘｘｘｘｘｘｘ．ｘｘｘ'],
    ['masked email', 't***@example.com', 'x***@xxxxxxx.xxx'],
  ])('%s: %s', (_, input, expected) => {
    expect(redact(input)).toBe(expected);
  });
});

describe('redactText: a value after a personal label in the same text', () => {
  it.each([
    ['氏名：山田 太郎', '氏名：〇〇 〇〇'],
    ['お名前（カナ）: ヤマダ タロウ', 'お名前（カナ）: 〇〇〇 〇〇〇'],
    ['Name: John Smith', 'Name: xxxx xxxxx'],
    ['Address: 221B Baker Street, London', 'Address: 000x xxxxx xxxxxx, xxxxxx'],
    ['注文番号 MC-20261122-7730412', '注文番号 xx-00000000-0000001'],
    ['支付成功！订单号：CN20261106A，请保存。', '支付成功！订单号：xx00000001x，请保存。'],
    ['生年月日：1990年4月1日', '生年月日：0000〇0〇0〇'],
    ['地址：北京市朝阳区建国路88号', '地址：〇〇〇〇〇〇〇〇〇00〇'],
    ['楽天 花子 様', '〇〇 〇〇 様'],
    ['ログイン中：ahamo 太郎 様', 'ログイン中：xxxxx 〇〇 様'],
    ['ようこそ、Taro Yamada さん', 'ようこそ、xxxx xxxxxx さん'],
    ['Your NipponRoam receipt #NR-2026-118342', 'Your NipponRoam receipt #xx-0000-000001'],
    ['Thanks! Order #HF884213 is on its way.', 'Thanks! Order #xx000001 is on its way.'],
  ])('%s', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });
});

describe('redactText keeps what is not personal', () => {
  it.each([
    '2026/12/15',
    '2026-12-15 23:59',
    '20261215',
    '2026年12月15日（火）23:59まで',
    '¥1,078（税込）',
    '5,120MB',
    '3.25GB / 5GB',
    '残り 12 日',
    'データ追加120GB（365日間）',
    'HK$ 88 / 99元',
    'Plan name: Giga 5GB',
    'eSIM name: Tokyo trip',
    'プラン名：ギガプラン',
    'banner@2x.png',
    '1 2 3 4 5 6 7 8 9 10 11 12 13',
    'JPSIM-0099812',
    'ご契約者本人名義のカードのみご利用いただけます。',
    'お客様',
    'ご契約者様、こんにちは',
    '皆様へのお知らせ',
    'お子様向けプラン',
  ])('%s', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('placeholders', () => {
  it('give one identifier one placeholder, and two identifiers two', () => {
    const p = new Placeholders();
    const a = redactText('080-1000-2000', p);
    const b = redactText('080-1000-4000', p);
    expect(a).toBe('080-0000-0001');
    expect(b).toBe('080-0000-0002');
    expect(redactText('TEL 080-1000-2000', p)).toBe('TEL 080-0000-0001');
  });
});

describe('isPersonalLabel', () => {
  it.each(['氏名', '■ お名前（カナ）：', '訂單編號 Order No.', 'Email Address', 'ご契約番号', '姓名', 'Order ID', '生年月日', 'Transaction Reference No.', 'Payment reference'])('%s is one', (label) => {
    expect(isPersonalLabel(label)).toBe(true);
  });
  it.each(['プラン名', 'Plan name', 'eSIM name', '電話番号', 'ICCID', '有効期限', '名古屋', 'ご契約者本人名義のカードのみ'])('%s is not', (label) => {
    expect(isPersonalLabel(label)).toBe(false);
  });
});

describe('redactText: codes after a personal label stay told apart', () => {
  it('gives two orders two placeholders and one order the same one twice', () => {
    const p = new Placeholders();
    const a = redactText('订单号 YT202611280417', p);
    const b = redactText('订单号 YT202611300952', p);
    const again = redactText('訂單編號：YT202611280417', p);
    expect(a).not.toBe(b);
    expect(a.replace('订单号 ', '')).toBe(again.replace('訂單編號：', ''));
    expect(`${a}${b}`).not.toMatch(/2026|YT/);
  });
});
