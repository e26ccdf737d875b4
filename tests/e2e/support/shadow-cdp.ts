import type { BrowserContext, Page } from '@playwright/test';
import type { ShadowView } from './driver';

/** Closed shadow roots in Chromium, through the DevTools protocol (for driver-chromium.ts). */

interface DomNode {
  nodeId: number;
  nodeType: number;
  localName: string;
  nodeValue: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  shadowRootType?: string;
}

function findNode(node: DomNode, test: (n: DomNode) => boolean): DomNode | null {
  if (test(node)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const hit = findNode(child, test);
    if (hit) return hit;
  }
  return null;
}

function nodeText(node: DomNode): string {
  if (node.nodeType === 3) return node.nodeValue;
  if (node.localName === 'style') return '';
  return [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(nodeText).join(' ');
}

/** Closed shadow roots through the DevTools protocol, which pierces them (DOM.getDocument pierce). */
export class CdpShadow implements ShadowView {
  constructor(
    private readonly page: Page,
    private readonly host: string,
  ) {}

  private async with<T>(use: (cdp: Awaited<ReturnType<BrowserContext['newCDPSession']>>, shadow: DomNode | null) => Promise<T>): Promise<T> {
    const cdp = await this.page.context().newCDPSession(this.page);
    try {
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
      const host = findNode(root, (n) => n.localName === this.host);
      return await use(cdp, host?.shadowRoots?.[0] ?? null);
    } finally {
      await cdp.detach();
    }
  }
  private async nodeIn(cdp: Awaited<ReturnType<BrowserContext['newCDPSession']>>, shadow: DomNode, selector: string) {
    const { nodeId } = (await cdp.send('DOM.querySelector', { nodeId: shadow.nodeId, selector })) as { nodeId: number };
    return nodeId;
  }
  mode() {
    return this.with(async (_cdp, shadow) => shadow?.shadowRootType ?? null);
  }
  text() {
    return this.with(async (_cdp, shadow) => (shadow ? nodeText(shadow).replace(/\s+/g, ' ').trim() : ''));
  }
  box(selector: string) {
    return this.with(async (cdp, shadow) => {
      if (!shadow) return null;
      const nodeId = await this.nodeIn(cdp, shadow, selector).catch(() => 0);
      if (!nodeId) return null;
      const box = await cdp.send('DOM.getBoxModel', { nodeId }).catch(() => null);
      if (!box) return null;
      const [x1 = 0, y1 = 0, x2 = 0, , , y3 = 0] = (box as { model: { border: number[] } }).model.border;
      return { x: x1, y: y1, width: x2 - x1, height: y3 - y1 };
    });
  }
  attribute(selector: string, name: string) {
    return this.with(async (cdp, shadow) => {
      if (!shadow) return null;
      const nodeId = await this.nodeIn(cdp, shadow, selector);
      if (!nodeId) return null;
      const { attributes } = (await cdp.send('DOM.getAttributes', { nodeId })) as { attributes: string[] };
      const i = attributes.indexOf(name);
      return i >= 0 ? (attributes[i + 1] ?? null) : null;
    });
  }
  async click(selector: string) {
    await this.with(async (cdp, shadow) => {
      const nodeId = shadow ? await this.nodeIn(cdp, shadow, selector).catch(() => 0) : 0;
      if (nodeId) await cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId }).catch(() => undefined);
    });
    const b = await this.box(selector);
    if (!b) throw new Error(`no ${selector} in <${this.host}>`);
    await this.page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
  }
}
