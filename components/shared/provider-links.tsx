import type { ProviderEntry } from '@/utils/providers/names';

export interface ProviderLinksProps {
  providers: readonly ProviderEntry[];
  /** Opens a provider's own account page in a new tab. */
  onOpenUrl: (url: string) => void;
}

/**
 * The providers Kigen reads, each with its own account page (the registry's first account pattern,
 * never a reseller's or a referral link), the host as the link's text. Popup (no lines yet) and
 * first run.
 */
export function ProviderLinks({ providers, onOpenUrl }: ProviderLinksProps) {
  return (
    <ul class="providers" data-testid="provider-list">
      {providers.map((p) => (
        <li key={p.id}>
          <span class="provider">{p.name}</span>{' '}
          {p.url ? (
            <a
              href={p.url}
              target="_blank"
              rel="noreferrer"
              onClick={(e) => {
                e.preventDefault();
                onOpenUrl(p.url as string);
              }}
            >
              {p.host}
            </a>
          ) : (
            <span class="host">{p.host}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
