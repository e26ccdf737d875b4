import { describe, expect, it } from 'vitest';
import { findAmounts, parseAmount, parsePair } from '@/utils/extract/data';
import { norm } from '@/utils/extract/text';
import { extractFromHtml } from '../../../tools/extract-page';

/**
 * One example per data-amount form the extractor reads, with the MB value worked out by hand
 * (1 GB = 1024 MB, 1 KB = 1/1024 MB unless the provider counts in decimal units). The property
 * tests in fuzz-parsers.test.ts cover the space between these points.
 */

describe('parseAmount: units, binary by default', () => {
  it.each<[string, string, number]>([
    ['KB', '2048KB', 2],
    ['KB with a space', '512 KB', 0.5],
    ['KiB', '1536KiB', 1.5],
    ['MB', '767MB', 767],
    ['MiB', '300 MiB', 300],
    ['GB', '7GB', 7168],
    ['GiB', '1.5 GiB', 1536],
    ['TB', '1TB', 1_048_576],
    ['TiB', '2TiB', 2_097_152],
    ['lower-case unit', '3gb', 3072],
    ['ギガ', '5ギガ', 5120],
    ['ギガバイト', '2ギガバイト', 2048],
    ['メガ', '500メガ', 500],
    ['メガバイト', '100メガバイト', 100],
    ['キロバイト', '1024キロバイト', 1],
  ])('%s: %s → %s MB', (_form, text, mb) => {
    expect(parseAmount(text)).toBe(mb);
  });
});

describe('parseAmount: how numbers are written', () => {
  it.each<[string, string, number]>([
    ['decimal GB', '7.3GB', 7475.2],
    ['two decimals', '60.00GB', 61440],
    ['decimal below one', '0.25GB', 256],
    ['comma-grouped MB', '1,024MB', 1024],
    ['comma-grouped with decimals', '4,096.5MB', 4096.5],
    ['several groups', '125,829,120 KB', 122880],
    ['value followed by a note', '1.23GB（繰越含む）', 1259.52],
    ['value after a label', '残りデータ量：3.5GB', 3584],
    ['the first of several amounts', '3GB（うち繰越 500MB）', 3072],
    ['negative kept (callers refuse it)', '-1GB', -1024],
  ])('%s: %s → %s MB', (_form, text, mb) => {
    expect(parseAmount(text)).toBe(mb);
  });

  it('reads full-width digits and units once the text is normalised, as the readers do (３．５ＧＢ)', () => {
    expect(parseAmount(norm('３．５ＧＢ'))).toBe(3584);
  });

  it('reads a full-width comma-grouped amount once normalised (１，０２４ＭＢ)', () => {
    expect(parseAmount(norm('１，０２４ＭＢ'))).toBe(1024);
  });
});

describe('parseAmount: decimal providers (decimal = true)', () => {
  it.each<[string, string, number]>([
    ['GB counts 1000 MB', '1.5GB', 1500],
    ['TB counts 1,000,000 MB', '2TB', 2_000_000],
    ['KB counts 1/1000 MB', '512KB', 0.512],
    ['ギガ is GB and counts 1000 MB', '5ギガ', 5000],
    ['ギガバイト counts 1000 MB', '2ギガバイト', 2000],
    ['キロバイト counts 1/1000 MB', '500キロバイト', 0.5],
    ['MB is unchanged', '767MB', 767],
    ['GiB stays binary', '1GiB', 1024],
    ['TiB stays binary', '1TiB', 1_048_576],
    ['KiB stays binary', '1024KiB', 1],
  ])('%s: %s → %s MB', (_form, text, mb) => {
    expect(parseAmount(text, true)).toBe(mb);
  });

  it('is off by default: the same GB text gives the binary value', () => {
    expect(parseAmount('1.5GB')).toBe(1536);
    expect(parseAmount('1.5GB', false)).toBe(1536);
  });
});

describe('parseAmount: no amount → null', () => {
  it.each([
    ['a bare number', '1.23'],
    ['a bare number with a note', '3（繰越含む）'],
    ['"G" alone is not a unit', '5G network'],
    ['"4G LTE"', '4G LTE'],
    ['a unit glued to more letters', '100Mbps'],
    ['a unit with no number', 'GB'],
    ['empty', ''],
  ])('%s: "%s" → null', (_form, text) => {
    expect(parseAmount(text)).toBeNull();
  });
});

describe('parsePair: used / total and left of total', () => {
  it.each<[string, string, { a: number; b: number }]>([
    ['slash with spaces', '60.00GB / 120.00GB', { a: 61440, b: 122880 }],
    ['slash without spaces', '1.2GB/3GB', { a: 1228.8, b: 3072 }],
    ['full-width slash', '2GB ／ 4GB', { a: 2048, b: 4096 }],
    ['mixed units', '767 MB of 2 GB', { a: 767, b: 2048 }],
    ['out of', '500MB out of 1GB', { a: 500, b: 1024 }],
    ['Chinese / 共', '剩余 1.2GB / 共 3GB', { a: 1228.8, b: 3072 }],
    ['left of what the bucket had', '0.5GB（1GB中）', { a: 512, b: 1024 }],
    ['のうち', '3GB のうち 1GB', { a: 3072, b: 1024 }],
    ['a daily quota as the whole', '已使用 0.75GB / 每日 2GB', { a: 768, b: 2048 }],
  ])('%s: %s → %o', (_form, text, pair) => {
    expect(parsePair(text)).toEqual(pair);
  });

  it('reads a decimal provider’s pair in decimal units', () => {
    expect(parsePair('60.00GB / 120.00GB', true)).toEqual({ a: 60000, b: 120000 });
  });

  it.each([
    ['one amount', '60.00GB'],
    ['two amounts not joined', '3GB 追加 1GB'],
    ['joined by a plus', '3GB + 1GB'],
    ['an amount and a bare number', '60GB / 120'],
  ])('%s: "%s" → null', (_form, text) => {
    expect(parsePair(text)).toBeNull();
  });
});

describe('findAmounts: every amount, in order, with where it is', () => {
  it('finds each amount of a text that holds several', () => {
    const text = '基本 3GB + 追加 500MB、繰越 1,024KB';
    const found = findAmounts(text);
    expect(found.map((x) => x.mb)).toEqual([3072, 500, 1]);
    expect(found.map((x) => text.slice(x.start, x.end))).toEqual(['3GB', '500MB', '1,024KB']);
    expect(found.map((x) => x.start)).toEqual([3, 12, 21]);
  });

  it('reads the same text in decimal units when asked', () => {
    expect(findAmounts('1GB と 1,000KB', true).map((x) => x.mb)).toEqual([1000, 1]);
  });

  it('finds nothing where no number carries a unit', () => {
    expect(findAmounts('5G 通信 / 残り 3')).toEqual([]);
  });
});

describe('a number split over spans', () => {
  it.each<[string, string, number]>([
    ['the fraction in a span of its own', '28 .65 GB', 29337.6],
    ['the point in a span of its own', '3 . 12 GB', 3194.88],
  ])('%s: %s → %s MB', (_form, text, mb) => {
    expect(parseAmount(text)).toBe(mb);
  });

  it('"3 . 12 GB / 5 . 00 GB" is what is left of the total', () => {
    expect(parsePair('3 . 12 GB / 5 . 00 GB')).toEqual({ a: 3194.88, b: 5120 });
  });

  it('an account page with every digit group in its own span', () => {
    const page = `<!doctype html><html lang="ja"><body><p>ご利用番号：<b>080-0000-6021</b></p>
      <div>残容量：<span><span>3</span><span>.</span><span>12</span><span>GB</span></span>
      ／ <span><span>5</span><span>.</span><span>00</span><span>GB</span></span></div></body></html>`;
    const r = extractFromHtml(page, 'https://my.mineo.jp/', new Date('2026-12-02T10:00:00+09:00'));
    expect(r.readings[0]).toMatchObject({ remainingMB: 3194.88, totalMB: 5120 });
  });
});
