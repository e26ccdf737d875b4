import { render } from 'preact';

render(<p>Kigen</p>, document.getElementById('app')!);
