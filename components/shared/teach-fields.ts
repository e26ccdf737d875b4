import type { MessageKey } from '@/utils/i18n/keys';
import type { FieldName } from '@/utils/teach/recipe';

/** Each taught field's name as the picker, the popup and options show it. */
export const TEACH_FIELD_KEYS: Record<FieldName, MessageKey> = {
  expiry: 'teach_field_expiry',
  remaining: 'teach_field_remaining',
  total: 'teach_field_total',
  plan: 'teach_field_plan',
  line: 'teach_field_line',
};
