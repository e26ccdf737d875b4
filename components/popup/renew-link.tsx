import type { Fmt } from '@/utils/format';

export interface RenewLinkProps {
  /** The provider's page where the line's recommended way to renew starts. */
  url: string;
  /** Words for screen readers after "Renew", telling the cards' links apart ("povo 090-1111-2222"). */
  which?: string;
  fmt: Fmt;
  /** Opens the page in a new tab. */
  onOpenUrl: (url: string) => void;
}

/** The primary action of a line that needs one: "Renew" (续费 / 加值 / 更新する), opening the provider's own page. */
export function RenewLink({ url, which, fmt, onOpenUrl }: RenewLinkProps) {
  return (
    <a
      class="button primary"
      href={url}
      target="_blank"
      rel="noreferrer"
      data-testid="renew"
      onClick={(e) => {
        e.preventDefault();
        onOpenUrl(url);
      }}
    >
      {fmt.t('popup_renew')}
      {which && <span class="sr-only">{` ${which}`}</span>}
    </a>
  );
}
