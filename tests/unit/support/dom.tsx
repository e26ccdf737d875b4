import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';

/** Rendering and user actions for component tests (happy-dom), shared by every surface's tests. */

/** Lets pending promises (connector answers) and the re-renders they cause run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 6; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
  }
}

export async function mount(node: ComponentChild): Promise<HTMLElement> {
  document.body.innerHTML = '';
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(node, root);
  });
  await settle();
  return root;
}

export const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

export async function click(el: Element | null | undefined): Promise<void> {
  if (!(el instanceof HTMLElement)) throw new Error('nothing to click');
  await act(async () => {
    el.click();
  });
  await settle();
}

export async function type(el: Element | null | undefined, value: string): Promise<void> {
  if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement)) throw new Error('not a field');
  await act(async () => {
    el.value = value;
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

export async function submit(form: Element | null | undefined): Promise<void> {
  if (!(form instanceof HTMLFormElement)) throw new Error('not a form');
  await act(async () => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await settle();
}

/** Picks a file in a file input, as the user would. */
export async function pickFile(input: Element | null | undefined, name: string, content: string): Promise<void> {
  if (!(input instanceof HTMLInputElement)) throw new Error('not an input');
  const file = new File([content], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

export async function until(check: () => void, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    await settle();
    try {
      check();
      return;
    } catch (e) {
      if (Date.now() > end) throw e;
    }
  }
}
