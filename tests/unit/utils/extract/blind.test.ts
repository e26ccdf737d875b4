import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { files, gradePage } from '../../../tools/blind-grade';

/**
 * The blind batches (tests/fixtures/blind/, written by helpers who never read utils/extract/) once
 * each was graded and opened: no batch may get more wrong values than it has now (none, for the
 * batches worked through), on the full contract or the first one, and none may fall below the
 * pages it now gets exactly right. A batch still sealed (not yet graded) is not here: its first
 * score is taken by tests/tools/blind-report.ts. The README there says why a batch keeps a wrong
 * value (writers who disagree on a product's name).
 */
const DIR = path.resolve(import.meta.dirname, '../../../fixtures/blind');

/** Per opened batch: pages exactly right on the full contract, and wrong values allowed (full, first contract). */
const GRADES: Record<string, { floor: number; wrong: [number, number] }> = {
  batch1: { floor: 39, wrong: [0, 0] },
  batch2: { floor: 24, wrong: [0, 0] },
  batch3: { floor: 28, wrong: [0, 0] },
  batch4: { floor: 30, wrong: [0, 0] },
  batch5: { floor: 28, wrong: [0, 0] },
  batch6: { floor: 28, wrong: [0, 0] },
  batch7: { floor: 25, wrong: [0, 0] },
  batch8: { floor: 20, wrong: [0, 0] },
  batch9: { floor: 22, wrong: [0, 0] },
  batch10: { floor: 26, wrong: [0, 0] },
  batch11: { floor: 24, wrong: [0, 0] },
  batch12: { floor: 22, wrong: [0, 0] },
  batch13: { floor: 21, wrong: [0, 0] },
  batch14: { floor: 24, wrong: [0, 0] },
  batch15: { floor: 25, wrong: [0, 0] },
  batch16: { floor: 20, wrong: [0, 0] },
  batch17: { floor: 23, wrong: [0, 0] },
  batch18: { floor: 27, wrong: [0, 0] },
  batch19: { floor: 22, wrong: [0, 0] },
  batch20: { floor: 20, wrong: [0, 0] },
  batch21: { floor: 24, wrong: [0, 0] },
  batch22: { floor: 24, wrong: [0, 0] },
  batch23: { floor: 18, wrong: [0, 0] },
  batch24: { floor: 23, wrong: [0, 0] },
  batch25: { floor: 21, wrong: [0, 0] },
  batch26: { floor: 22, wrong: [0, 0] },
  batch27: { floor: 17, wrong: [0, 0] },
  batch28: { floor: 24, wrong: [0, 0] },
  batch29: { floor: 22, wrong: [0, 0] },
  batch30: { floor: 20, wrong: [0, 0] },
  batch31: { floor: 20, wrong: [0, 0] },
  batch32: { floor: 22, wrong: [0, 0] },
  batch33: { floor: 22, wrong: [0, 0] },
  // One each on the full contract: writers who disagree on a bucket's name beside its kind's tag
  // (主方案 / 贈送 in batch 33), and on a bonus's generic heading against its own name (see the README).
  batch34: { floor: 19, wrong: [1, 0] },
  batch35: { floor: 19, wrong: [1, 0] },
  batch36: { floor: 22, wrong: [0, 0] },
  batch37: { floor: 21, wrong: [0, 0] },
  batch38: { floor: 20, wrong: [0, 0] },
  batch39: { floor: 21, wrong: [0, 0] },
  batch40: { floor: 26, wrong: [0, 0] },
  // One on both contracts: a product name with its list of inclusions in brackets ("Japan Data eSIM –
  // 30 Days (Unlimited Data Plan, includes 7GB …)"), kept whole by this writer, cut by batch 7's.
  batch41: { floor: 25, wrong: [1, 1] },
  // Writer disagreements (README): a Chinese page for a Japanese number with no zone stated (the
  // reader takes Japan time, as the writers of batches 1–25 did; this writer drops both dates), and
  // an unlimited topping in use beside a metered one, whose size this writer leaves off the line.
  batch42: { floor: 22, wrong: [3, 2] },
  batch43: { floor: 24, wrong: [0, 0] },
  batch44: { floor: 21, wrong: [0, 0] },
  batch45: { floor: 22, wrong: [0, 0] },
  // The zone question again (README): a Chinese page for a Japanese eSIM with no zone stated, whose
  // writer (as batch 42's) leaves the expiry out; the reader takes Japan time.
  batch46: { floor: 24, wrong: [1, 1] },
  batch47: { floor: 24, wrong: [0, 0] },
  // The zone question again: a Chinese (zh-TW) page for a Japanese eSIM with no zone stated.
  batch48: { floor: 25, wrong: [1, 1] },
  batch49: { floor: 24, wrong: [0, 0] },
  batch50: { floor: 25, wrong: [0, 0] },
  batch51: { floor: 25, wrong: [0, 0] },
  // The zone question (two expiries on a zh-TW page with no zone), and on the full contract a uq
  // mobile breakdown whose bucket heads ("くりこしデータ | 0.00GB") carry no label: its buckets are misread.
  batch52: { floor: 20, wrong: [2, 2] },
  batch53: { floor: 21, wrong: [0, 0] },
  batch54: { floor: 26, wrong: [0, 0] },
  batch55: { floor: 25, wrong: [0, 0] },
  batch56: { floor: 26, wrong: [0, 0] },
  batch57: { floor: 25, wrong: [0, 0] },
  batch58: { floor: 26, wrong: [0, 0] },
  batch59: { floor: 25, wrong: [0, 0] },
  batch60: { floor: 25, wrong: [0, 0] },
  batch61: { floor: 25, wrong: [0, 0] },
  batch62: { floor: 23, wrong: [0, 0] },
  // Full contract: an expiry in a reseller console's line row, beside the line's id, which this writer
  // takes for the plan's end only (the reader takes it for the line's own as well).
  batch63: { floor: 23, wrong: [1, 0] },
  batch64: { floor: 24, wrong: [0, 0] },
  batch65: { floor: 25, wrong: [0, 0] },
  // Both contracts: the zone question (a Chinese page for a Japanese eSIM that states no zone, which
  // this writer leaves without an expiry and the reader reads as Japan time).
  batch66: { floor: 25, wrong: [1, 1] },
  batch67: { floor: 25, wrong: [0, 0] },
  batch68: { floor: 23, wrong: [0, 0] },
  // Both contracts: the zone question (a zh-TW page for a Japanese eSIM that states no zone).
  batch69: { floor: 24, wrong: [1, 1] },
  batch70: { floor: 25, wrong: [0, 0] },
  batch71: { floor: 23, wrong: [0, 0] },
  batch72: { floor: 24, wrong: [0, 0] },
  // Both contracts: "unlimited" on an Airalo eSIM, from the embedded state of a second eSIM the state
  // names only by the user's name (its record has no id, so its package joins the first eSIM's).
  batch73: { floor: 24, wrong: [1, 1] },
  batch74: { floor: 22, wrong: [0, 0] },
  batch75: { floor: 21, wrong: [0, 0] },
  // Not fixed (family pages): a Y!mobile line's headline sum read as an allowance beside its parts, and an
  // empty carry-over's end taken as the line's (UQ, Y!mobile: other writers expect that end); a Rakuten
  // child line's "データ高速無制限・3GBまでは1,078円" not read as unlimited.
  batch76: { floor: 15, wrong: [6, 4] },
  batch77: { floor: 24, wrong: [0, 0] },
  // A question of the spec, not fixed: a pool shared by a group's SIMs. This writer gives every SIM the
  // whole pool; batch 79's gives it to the parent line. All wrong values left are that one mineo page.
  batch78: { floor: 15, wrong: [9, 3] },
  batch79: { floor: 19, wrong: [0, 0] },
  batch80: { floor: 24, wrong: [0, 0] },
  batch81: { floor: 25, wrong: [0, 0] },
  // A writer disagreement, not fixed: a marketplace's order details that record only a purchase made
  // days before ("交易详情 … 交易成功", a code to redeem), which this writer takes for the order history
  // and the writers of batches 8, 21, 25, 59 and 67 for a confirmation.
  batch82: { floor: 24, wrong: [4, 4] },
  batch83: { floor: 24, wrong: [0, 0] },
  // Full contract: a povo bonus named by its badge ("プロモコード特典") where this writer takes its
  // heading ("データボーナス1GB（7日間）").
  batch84: { floor: 20, wrong: [1, 0] },
  batch85: { floor: 19, wrong: [0, 0] },
};

describe.each(Object.entries(GRADES))('blind %s', (batch, { floor, wrong }) => {
  const pages = files(path.join(DIR, batch))
    .filter((f) => f.endsWith('.html'))
    .sort();

  it('has its pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(20);
  });

  it(`at most ${wrong[0]} wrong values (full contract), ${wrong[1]} on the first contract`, () => {
    const full = pages.flatMap((p) => gradePage(p, false).lines.filter((l) => l.includes('WRONG')).map((l) => `${path.basename(p)}: ${l.trim()}`));
    const first = pages.flatMap((p) => gradePage(p, true).lines.filter((l) => l.includes('WRONG')).map((l) => `${path.basename(p)}: ${l.trim()}`));
    expect(full.length, full.join('\n')).toBeLessThanOrEqual(wrong[0]);
    expect(first.length, first.join('\n')).toBeLessThanOrEqual(wrong[1]);
  });

  it(`at least ${floor} pages exactly right`, () => {
    const right = pages.filter((p) => gradePage(p, false).lines.length === 0).length;
    expect(right).toBeGreaterThanOrEqual(floor);
  });
});
