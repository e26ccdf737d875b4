import { methodNameKey } from '@/utils/providers/guide-keys';
import type { RenewalMethod } from '@/utils/providers/types';
import type { Fmt } from '@/utils/format';
import type { MessageKey } from '@/utils/i18n/keys';

export interface RenewalGuideProps {
  providerName: string;
  /**
   * The methods that fit the line, the recommended one first (`methodsForLine`); empty for a
   * provider Kigen does not know, or when none fits (unlimited data: nothing to buy).
   */
  methods: readonly RenewalMethod[];
  /** Whether Kigen knows the provider: an empty `methods` then means none fits this line. */
  known: boolean;
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

/** A method's heading: its name, and the product it is for when the profile says ("Online (website) · U300"). */
function methodTitle(m: RenewalMethod, fmt: Fmt): string {
  const name = fmt.t(methodNameKey(m.kind));
  return m.fits?.product ? `${name} · ${m.fits.product}` : name;
}

/**
 * How to renew, step by step: the recommended method open, the other methods that fit the line
 * collapsed; then the tips and what to do when it goes wrong, collapsed too, and the provider's
 * support. Links go only to the provider's own pages from its profile: never a reseller or referral.
 */
export function RenewalGuide(props: RenewalGuideProps) {
  const { providerName, methods, known, tips, troubleshooting, supportHintKey, refundHintKey, fmt, onOpenUrl } = props;
  const { t } = fmt;
  return (
    <section class="guide" aria-labelledby="guide-title" data-testid="guide">
      <h3 id="guide-title">{t('popup_guide_title')}</h3>
      {methods.length === 0 && <p class="meta">{t(known ? 'popup_guide_none_fit' : 'popup_guide_none')}</p>}
      {methods.map((m, i) => (
        <details
          class="method"
          key={`${m.kind}-${m.fits?.product ?? ''}`}
          open={i === 0}
          data-testid="guide-method"
          data-kind={m.kind}
          data-recommended={i === 0 ? 'true' : undefined}
        >
          <summary>
            <h4>{methodTitle(m, fmt)}</h4>
            {i === 0 && methods.length > 1 && (
              <>
                {' '}
                <span class="badge">{t('popup_guide_recommended')}</span>
              </>
            )}
          </summary>
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
        </details>
      ))}
      {tips.length > 0 && (
        <details class="method" data-testid="guide-tips">
          <summary>
            <h4>{t('popup_guide_tips')}</h4>
          </summary>
          <ul>
            {tips.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
        </details>
      )}
      {troubleshooting.length > 0 && (
        <details class="method" data-testid="guide-troubleshooting">
          <summary>
            <h4>{t('popup_guide_trouble')}</h4>
          </summary>
          <ul>
            {troubleshooting.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
        </details>
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
