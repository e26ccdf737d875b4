import type { MessageKey } from '../i18n/keys';

/**
 * The locale message keys the checkout overlay uses. The background sends only these (in the
 * user's chosen language) with the checkout context, so the content script bundles no
 * dictionary and the language override works without the browser's i18n API.
 */
export const OVERLAY_KEYS = [
  'overlay_title',
  'overlay_title_confirmation',
  'overlay_hide',
  'overlay_hide_undo',
  'overlay_no_room',
  'overlay_now',
  'overlay_after',
  'overlay_data_until',
  'overlay_sim_until',
  'overlay_number_deadline',
  'overlay_bought',
  'overlay_bought_until',
  'overlay_data_total',
  'overlay_data',
  'overlay_data_of',
  'overlay_unlimited',
  'overlay_unknown',
  'overlay_zone_jst',
  'overlay_read_at',
  'overlay_no_lines',
  'overlay_line',
  'overlay_buying',
  'overlay_product_unknown',
  'overlay_after_unknown',
  'overlay_note_existingKeepsExpiry',
  'overlay_note_restartsAfterLapse',
  'overlay_note_remainingDaysLost',
  'overlay_note_thisMonthOnly',
  'overlay_note_durationUnknown',
  'overlay_note_dataUnknown',
  'overlay_warn_autoRenewOn',
  'overlay_warn_autoRenewOffered',
  'overlay_warn_keepAliveReset',
  'overlay_warn_notStacked',
  'overlay_checklist',
  'overlay_check_amount',
  'overlay_check_amount_unknown',
  'overlay_check_connection',
  'overlay_check_order',
  'overlay_check_refund',
  'overlay_saved_title',
  'overlay_saved_line',
  'overlay_saved_picked',
  'overlay_saved_duplicate',
  'overlay_saved_next',
  'overlay_not_saved_no_line',
  'overlay_not_saved',
  'overlay_order_number',
  'overlay_amount',
  'overlay_product',
  // The pill says what is at stake in the popup's own words.
  'popup_head_number',
  'popup_head_sim',
  'popup_head_data',
  'popup_expired',
] as const satisfies readonly MessageKey[];

export type OverlayKey = (typeof OVERLAY_KEYS)[number];

/** Looks up an overlay text and fills its `$1`, `$2`… placeholders (only overlay keys exist there). */
export type Translate = (key: OverlayKey, ...subs: Array<string | number>) => string;
