import { render } from 'preact';
import { PickerPanel } from '@/components/picker/panel';
import { createTranslator } from '@/utils/i18n/t';
import { settingsItem } from '@/utils/settings';
import { PICKER_MESSAGE, type ToPage, type ToPanel } from '@/utils/teach/picker-protocol';
import './style.css';

/**
 * The picker's panel, framed into the page by the picker content script. It takes the one
 * MessageChannel port posted with the token of its own address (which only the content script
 * knows) and ignores every other message: a page script cannot talk to it.
 */
const token = location.hash.slice(1);
const listeners = new Set<(m: ToPanel) => void>();
let port: MessagePort | null = null;
const early: ToPage[] = [];
/** Messages that came before the panel subscribed (it renders after the settings load). */
const inbox: ToPanel[] = [];

window.addEventListener('message', (e: MessageEvent) => {
  const data = e.data as { type?: unknown; token?: unknown } | null;
  if (port || token === '' || data?.type !== PICKER_MESSAGE || data.token !== token || !e.ports[0]) return;
  port = e.ports[0];
  port.onmessage = (m: MessageEvent<ToPanel>) => {
    if (listeners.size === 0) inbox.push(m.data);
    for (const listener of listeners) listener(m.data);
  };
  for (const m of early.splice(0)) port.postMessage(m);
});

async function main() {
  const root = document.getElementById('app');
  if (!root) return;
  const settings = await settingsItem.getValue();
  const tr = await createTranslator(settings.language);
  document.documentElement.lang = tr.locale;
  render(
    <PickerPanel
      t={tr.t}
      intl={tr.intl}
      userZone={Intl.DateTimeFormat().resolvedOptions().timeZone}
      now={Date.now()}
      send={(m) => (port ? port.postMessage(m) : early.push(m))}
      subscribe={(listener) => {
        listeners.add(listener);
        for (const m of inbox.splice(0)) listener(m);
        return () => listeners.delete(listener);
      }}
    />,
    root,
  );
}

void main();
