import { render } from 'preact';
import { createDexieConnector } from '@/utils/ui/dexie-connector';
import { App } from './App';

render(<App connector={createDexieConnector()} />, document.getElementById('app')!);
