import type { Page } from 'puppeteer-core';
import type { ShadowView } from './driver';
import { bidi } from './firefox';

/** Closed shadow roots in Firefox, through WebDriver BiDi (for driver-firefox.ts). */

interface BidiNode {
  type: string;
  sharedId?: string;
  value?: {
    nodeType: number;
    localName?: string;
    nodeValue?: string;
    mode?: string;
    children?: BidiNode[];
    shadowRoot?: BidiNode | null;
  };
}

function bidiText(node: BidiNode): string {
  const v = node.value;
  if (!v) return '';
  if (v.nodeType === 3) return v.nodeValue ?? '';
  if (v.localName === 'style') return '';
  return [...(v.shadowRoot ? [v.shadowRoot] : []), ...(v.children ?? [])].map(bidiText).join(' ');
}

/**
 * Closed shadow roots through WebDriver BiDi: serialising the host with includeShadowTree "all"
 * hands over its closed root, which can then be passed back into page functions.
 */
export class BidiShadow implements ShadowView {
  constructor(
    private readonly page: Page,
    private readonly host: string,
  ) {}

  private get context(): string {
    return (this.page.mainFrame() as unknown as { _id: string })._id;
  }
  private async call(functionDeclaration: string, args: object[], shadowTree: boolean) {
    const { result } = await bidi(this.page.browser()).send('script.callFunction', {
      functionDeclaration,
      arguments: args,
      awaitPromise: false,
      target: { context: this.context },
      serializationOptions: shadowTree ? { maxDomDepth: 64, includeShadowTree: 'all' } : { maxDomDepth: 0 },
    });
    return (result as { result?: BidiNode }).result ?? null;
  }
  private async root(): Promise<BidiNode | null> {
    const host = await this.call(`() => document.querySelector(${JSON.stringify(this.host)})`, [], true);
    return host?.value?.shadowRoot ?? null;
  }
  private async inRoot(fn: string, selector: string, extra: object[] = []) {
    const root = await this.root();
    if (!root?.sharedId) return null;
    return this.call(fn, [{ sharedId: root.sharedId }, { type: 'string', value: selector }, ...extra], false);
  }
  async mode() {
    return (await this.root())?.value?.mode ?? null;
  }
  async text() {
    const root = await this.root();
    return root ? bidiText(root).replace(/\s+/g, ' ').trim() : '';
  }
  async box(selector: string) {
    const r = await this.inRoot(`(root, sel) => { const e = root.querySelector(sel); if (!e) return null; const b = e.getBoundingClientRect(); return [b.x, b.y, b.width, b.height]; }`, selector);
    const values = (r as unknown as { value?: Array<{ value: number }> } | null)?.value;
    if (!values) return null;
    const [x = 0, y = 0, width = 0, height = 0] = values.map((v) => v.value);
    return { x, y, width, height };
  }
  async attribute(selector: string, name: string) {
    const r = await this.inRoot(`(root, sel, name) => root.querySelector(sel)?.getAttribute(name) ?? null`, selector, [{ type: 'string', value: name }]);
    return (r as unknown as { value?: string } | null)?.value ?? null;
  }
  async click(selector: string) {
    await this.inRoot(`(root, sel) => root.querySelector(sel)?.scrollIntoView({ block: 'nearest' })`, selector);
    const b = await this.box(selector);
    if (!b) throw new Error(`no ${selector} in <${this.host}>`);
    await this.page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
  }
}
