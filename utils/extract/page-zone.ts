import type { ReadingProfile } from '../providers/reading';
import { zoneStatedOnPage } from './dates';
import type { Segment } from './dom';
import type { Zone } from '../time';

/**
 * The zone of a page's dates: the zone the page states for all its times ("Dates and times are shown
 * in Japan Standard Time (GMT+9)"), else the provider's; an unknown host's page (a reseller, a taught
 * site) that states none gets Japan time for a Japanese page or a SIM for Japan; else none (null): a date's zone is then unknowable, and the reader says so
 * rather than take this computer's zone. Kept out of the account content script, which runs on
 * provider pages only (its size budget).
 */

/** A SIM for Japan: its provider states times in Japan time (providers-research.md). */
const JAPAN_SIM = /日本|Japan|docomo|ドコモ|softbank|ソフトバンク|楽天|rakuten|\bau\b|ahamo|povo|IIJ|mineo/i;
/**
 * Other countries or regions: a SIM for several (亚洲8国通用, "Asia 8 countries") is not a SIM for
 * Japan, and Japan in its country list settles no zone.
 */
const OTHER_REGION =
  /韩国|韓國|台湾|台灣|香港|澳门|澳門|Taiwan|Hong Kong|Macau|泰国|泰國|新加坡|马来西亚|馬來西亞|越南|印尼|菲律宾|菲律賓|欧洲|歐洲|亚洲|亞洲|全球|多国|多國|\d+\s*国|\d+\s*國|Korea|Thailand|Singapore|Malaysia|Vietnam|Indonesia|Philippines|Europe|\bAsia\b|Global|\d+\s*countries/i;

/**
 * The zone a date without its own zone is in: the one the page states for all its times, else the
 * provider's; on an unknown host, Japan time for a Japanese page or a SIM for Japan, else
 * null (nothing settles it).
 */
export function pageZone(
  profile: ReadingProfile | undefined,
  url: URL,
  segs: readonly Segment[],
  root: ParentNode,
  /** The zone the page's embedded state names ({"timezone": "Asia/Tokyo"}), when its text states none. */
  embedded: Zone | null = null,
): Zone | null {
  const stated = zoneStatedOnPage(segs) ?? embedded;
  if (stated !== null) return stated;
  if (profile) return profile.timeZone;
  const doc = (root as Document).documentElement ?? (root as Node).ownerDocument?.documentElement;
  const lang = doc?.getAttribute('lang') ?? '';
  const head = segs.slice(0, 400);
  const kana = head.some((s) => /[\u3040-\u30ff]/.test(s.text));
  if (/^ja/i.test(lang) || kana || /\.jp$/i.test(url.hostname)) return 'Asia/Tokyo';
  // (A Chinese page: an English one selling a SIM for Japan may keep its shop's own zone.)
  const text = segs.slice(0, 3000);
  const han = /^zh/i.test(lang) || head.some((s) => /[\u4e00-\u9fff]/.test(s.text));
  if (han && text.some((s) => JAPAN_SIM.test(s.text)) && !text.some((s) => OTHER_REGION.test(s.text))) return 'Asia/Tokyo';
  return null;
}
