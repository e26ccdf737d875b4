import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { segmentsOf } from '@/utils/extract/dom';
import { classify, mayHoldLabel } from '@/utils/extract/labels';

const FIXTURES = path.resolve(__dirname, '../../../fixtures');

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return pages(full);
    return d.name.endsWith('.html') ? [full] : [];
  });
}

/** Every piece of shown text that could be a label: whole texts, and each side of a colon. */
function candidates(): string[] {
  const out = new Set<string>();
  for (const file of pages(FIXTURES)) {
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    for (const seg of segmentsOf(document)) {
      if (seg.text.length > 120) continue;
      out.add(seg.text);
      for (const part of seg.text.split(/[:：]/)) if (part.trim()) out.add(part.trim());
    }
  }
  return [...out];
}

describe('mayHoldLabel (the pre-test that lets most text go untested)', () => {
  it('passes every text that classify names, on every fixture page (ours and blind)', () => {
    const texts = candidates();
    expect(texts.length).toBeGreaterThan(10_000);
    const labels = texts.filter((t) => classify(t) !== null);
    expect(labels.length).toBeGreaterThan(1_000);
    expect(labels.filter((t) => !mayHoldLabel(t))).toEqual([]);
  });

  it('names a total in Traditional Chinese ("總數據量", "總容量") and a prepaid plan ("儲值計劃"), and passes them', () => {
    for (const [label, kind] of [['總數據量', 'total'], ['總容量', 'total'], ['总容量', 'total'], ['儲值計劃', 'plan']] as const) {
      expect(classify(label), label).toBe(kind);
      expect(mayHoldLabel(label), label).toBe(true);
    }
  });

  it('passes labels whose Latin letters are optional or whose words mix scripts', () => {
    for (const label of ['备注名称', 'eSIM备注名称', '備註名稱', 'SIM 卡號', 'sim卡號', 'SIM番号', 'eSIM 名', 'Custom name', 'eSIM', 'ICCID', 'Valid until', 'データ残量', 'Plan', '套餐名称']) {
      expect(classify(label), label).not.toBeNull();
      expect(mayHoldLabel(label), label).toBe(true);
    }
  });

  it('lets plain text go', () => {
    for (const text of ['お知らせ一覧', 'Copyright 2026', '2026年12月31日', '10.5GB', 'ホーム', '首页']) expect(mayHoldLabel(text), text).toBe(false);
  });
});

describe('labels from blind batches 54–59', () => {
  it.each([
    ['數據餘量', 'remaining'],
    ['流量余量', 'remaining'],
    ['儲值卡計劃', 'plan'],
    ['暱稱', 'line'],
    ['✎ 自訂名稱', 'line'],
  ])('"%s" labels %s, and passes the pre-test', (label, kind) => {
    expect(classify(label)).toBe(kind);
    expect(mayHoldLabel(label)).toBe(true);
  });
});

describe("a shop's registration number", () => {
  it('labels no line ("統一編號", also after the shop\'s name and a separator)', () => {
    expect(classify('統一編號')).toBeNull();
    expect(classify('旅行上網小舖 · 統一編號')).toBeNull();
    expect(classify('营业执照编号')).toBeNull();
    expect(classify('ICCID')).toBe('line');
  });
});

describe('what was bought, with the polite prefix', () => {
  it('("ご購入データ量") labels the whole, as "購入データ量" does', () => {
    expect(classify('ご購入データ量')).toBe('total');
    expect(classify('購入データ量')).toBe('total');
  });
});
