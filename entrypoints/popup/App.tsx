import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { getProvider } from '@/utils/providers';
import type { Connector, LineView } from '@/utils/ui/connector';

export function App({ connector }: { connector: Connector }) {
  const [lines, setLines] = useState<LineView[] | null>(null);
  useEffect(() => {
    connector.listLines().then(setLines, () => setLines([]));
  }, [connector]);

  if (lines === null) return null;
  if (lines.length === 0) return <p data-testid="empty">{i18n.t('popupEmpty')}</p>;
  return (
    <ul>
      {lines.map(({ line, latest }) => (
        <li key={line.id} data-testid="line-card">
          <strong>{getProvider(line.provider)?.names.en ?? line.provider}</strong> {line.lineId ?? ''}
          <span data-testid="remaining">{latest?.remainingMB ?? ''}</span>
          <span data-testid="expires">{latest?.expiresAt ? new Date(latest.expiresAt).toISOString() : ''}</span>
        </li>
      ))}
    </ul>
  );
}
