import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../tools/extract-page';

/** The zone of an unknown host's dates (utils/extract/page-zone.ts). */

const NOW = new Date('2026-12-02T10:00:00+09:00');
const URL_ = 'https://app.roam-data.example/dashboard';
const read = (body: string) => extractFromHtml(`<!doctype html><html lang="en"><body>${body}</body></html>`, URL_, NOW);
const CARD = (extra = '') =>
  `<div class="card"><div>ICCID</div><div>89852000000000001234</div><div>Europe 5 GB / 30 Days</div>
   <div>Data left</div><div>2 GB of 5 GB</div><div>Expires</div><div>Dec 20, 2026 6:00 PM${extra}</div></div>`;

describe('a date on a page that settles no zone', () => {
  it('is not read, and the reason says why; the data still is', () => {
    const r = read(CARD());
    expect(r.readings[0]?.expiresAt).toBeNull();
    expect(r.readings[0]?.remainingMB).toBe(2048);
    expect(r.reason).toMatch(/time zone/);
  });

  it('is read with the zone it states itself', () => {
    const r = read(CARD(' (UTC+1)'));
    expect(Date.parse(r.readings[0]?.expiresAt ?? '')).toBe(Date.parse('2026-12-20T18:00:00+01:00'));
  });

  it('is read in the zone the page states for all its times', () => {
    const r = read(`${CARD()}<p>All times are shown in GMT+8.</p>`);
    expect(Date.parse(r.readings[0]?.expiresAt ?? '')).toBe(Date.parse('2026-12-20T18:00:00+08:00'));
  });
});
