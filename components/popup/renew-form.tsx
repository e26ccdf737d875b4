import { useState } from 'preact/hooks';
import { methodNameKey } from '@/utils/providers/guide-keys';
import type { RenewalMethodKind } from '@/utils/providers/types';
import type { Fmt } from '@/utils/format';
import { FormActions } from '@/components/shared/form-actions';
import { CURRENCIES, type RenewInput, parseAmount } from '@/components/popup/forms';

export interface RenewFormProps {
  /** Methods to choose from: the provider's, or every kind for an unlisted provider. */
  methods: readonly RenewalMethodKind[];
  defaultCurrency: string;
  fmt: Fmt;
  onSubmit: (input: RenewInput) => void;
  onCancel: () => void;
}

/** "I renewed": how, and optionally the order number and amount, kept for disputes. */
export function RenewForm({ methods, defaultCurrency, fmt, onSubmit, onCancel }: RenewFormProps) {
  const { t } = fmt;
  const [method, setMethod] = useState<RenewalMethodKind>(methods[0] ?? 'online');
  const [order, setOrder] = useState('');
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState(defaultCurrency);
  const [error, setError] = useState(false);
  const currencies = CURRENCIES.includes(defaultCurrency) ? CURRENCIES : [defaultCurrency, ...CURRENCIES];

  const submit = (e: Event) => {
    e.preventDefault();
    const parsed = parseAmount(amount);
    if (parsed === undefined) {
      setError(true);
      return;
    }
    onSubmit({ method, orderNumber: order.trim() || null, amount: parsed, currency: parsed === null ? null : currency });
  };

  return (
    <form class="form" onSubmit={submit} data-testid="renew-form">
      <p class="meta">{t('popup_renew_intro')}</p>
      <label class="field">
        <span>{t('popup_renew_method')}</span>
        <select value={method} onChange={(e) => setMethod(e.currentTarget.value as RenewalMethodKind)}>
          {methods.map((m) => (
            <option key={m} value={m}>
              {t(methodNameKey(m))}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t('popup_renew_order')}</span>
        <input value={order} onInput={(e) => setOrder(e.currentTarget.value)} autoComplete="off" maxLength={100} />
      </label>
      <div class="row">
        <label class="field grow">
          <span>{t('popup_renew_amount')}</span>
          <input
            value={amount}
            inputMode="decimal"
            aria-invalid={error}
            aria-describedby={error ? 'amount-error' : undefined}
            onInput={(e) => {
              setAmount(e.currentTarget.value);
              setError(false);
            }}
          />
        </label>
        <label class="field">
          <span>{t('popup_renew_currency')}</span>
          <select value={currency} onChange={(e) => setCurrency(e.currentTarget.value)}>
            {currencies.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error && (
        <p class="error" id="amount-error" role="alert">
          {t('popup_error_amount')}
        </p>
      )}
      <FormActions saveLabel={t('popup_save')} cancelLabel={t('popup_cancel')} onCancel={onCancel} />
    </form>
  );
}
