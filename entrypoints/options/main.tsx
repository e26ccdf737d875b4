import { render } from 'preact';
import { PROVIDERS } from '@/utils/providers';
import { createConnector } from '@/utils/connector';
import { App, type OptionsPlatform } from './App';
import { downloadText } from '@/utils/download';
import './style.css';

const platform: OptionsPlatform = {
  now: Date.now,
  zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  download: (name, text, type) => downloadText(name, text, type),
};

const root = document.getElementById('app');
if (root) render(<App connector={createConnector()} platform={platform} providers={PROVIDERS} />, root);
