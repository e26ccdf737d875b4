import { methodNameKey } from '@/utils/providers/guide-keys';
import type { RenewalMethod } from '@/utils/providers/types';
import type { Fmt } from '@/utils/format';
import type { MessageKey } from '@/utils/i18n/keys';

export interface RenewalGuideProps {
  providerName: string;
  /** The provider's renewal methods (empty for providers Kigen does not know). */
  methods: readonly RenewalMethod[];
  /** Message keys of the advice every guide repeats. */
  tips: readonly MessageKey[];
  /** Message keys of the troubleshooting entries. */
  troubleshooting: readonly MessageKey[];
  supportHintKey: MessageKey | null;
  refundHintKey: MessageKey | null;
  fmt: Fmt;
  /** Opens the provider's own page in a new tab. */
  onOpenUrl: (url: string) => void;
}

/**
 * How to renew, step by step, per method; then the tips and what to do when it goes wrong.
 * Links go only to the provider's own pages from its profile: never a reseller or referral.
 */
export function RenewalGuide(props: RenewalGuideProps) {
  const { providerName, methods, tips, troubleshooting, supportHintKey, refundHintKey, fmt, onOpenUrl } = props;
  const { t } = fmt;
  return (
    <section class="guide" aria-labelledby="guide-title" data-testid="guide">
      <h3 id="guide-title">{t('popup_guide_title')}</h3>
      {methods.length === 0 && <p class="meta">{t('popup_guide_none')}</p>}
      {methods.map((m, i) => (
        <section class="method" key={`${m.kind}-${i}`} data-testid="guide-method" data-kind={m.kind}>
          <h4>{t(methodNameKey(m.kind))}</h4>
          {m.steps.length > 0 && (
            <ol class="steps">
              {m.steps.map((key) => (
                <li key={key}>{t(key)}</li>
              ))}
            </ol>
          )}
          {m.url && (
            <a
              class="button"
              href={m.url}
              target="_blank"
              rel="noreferrer"
              onClick={(e) => {
                e.preventDefault();
                onOpenUrl(m.url as string);
              }}
            >
              {t('popup_guide_open', [providerName])}
            </a>
          )}
        </section>
      ))}
      {tips.length > 0 && (
        <section class="method" data-testid="guide-tips">
          <h4>{t('popup_guide_tips')}</h4>
          <ul>
            {tips.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
        </section>
      )}
      {troubleshooting.length > 0 && (
        <section class="method" data-testid="guide-troubleshooting">
          <h4>{t('popup_guide_trouble')}</h4>
          <ul>
            {troubleshooting.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
        </section>
      )}
      {(supportHintKey || refundHintKey) && (
        <section class="method">
          <h4>{t('popup_guide_support')}</h4>
          {supportHintKey && <p>{t(supportHintKey)}</p>}
          {refundHintKey && <p>{t(refundHintKey)}</p>}
        </section>
      )}
    </section>
  );
}
