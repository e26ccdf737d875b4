import type { LineKind } from '../providers/types';
import type { FieldName, Unit } from './recipe';

/**
 * What the picker's two halves say to each other over a private MessageChannel: the content
 * script (which sees the page: hit-testing, highlights, building the recipe) and the panel, an
 * extension page in a frame the page cannot read or restyle (uBlock Origin's element picker does
 * the same). The channel's port reaches the frame only with the token in its address, which sits
 * inside a closed shadow root; anything else posted to the frame is ignored.
 */

export const PICKER_MESSAGE = 'kigen-picker';

/** A value found on the page for a field: the text, and the label Kigen anchors it to. */
export interface PickedValue {
  text: string;
  label: string | null;
}

/** Content script → panel. */
export type ToPanel =
  | { type: 'init'; site: string; provider: string | null; zone: string | null }
  | { type: 'picked'; field: FieldName; value: PickedValue }
  /** Clicked where no value of the field's shape is: say so, keep the field armed. */
  | { type: 'miss'; field: FieldName }
  /** The values of the field's shape on the page, for choosing with the keyboard. */
  | { type: 'candidates'; field: FieldName; values: PickedValue[] }
  | { type: 'saved'; ok: true }
  | { type: 'saved'; ok: false; reason: string };

/** Panel → content script. */
export type ToPage =
  /** The fields' names in the user's language, for the marks drawn on the page. */
  | { type: 'names'; names: Record<FieldName, string> }
  | { type: 'arm'; field: FieldName | null }
  | { type: 'choose'; field: FieldName; index: number }
  | { type: 'widen'; field: FieldName }
  | { type: 'clear'; field: FieldName }
  | { type: 'save'; zone: string | number; units: Partial<Record<FieldName, Unit>>; lineKind: LineKind }
  | { type: 'cancel' }
  | { type: 'close' };
