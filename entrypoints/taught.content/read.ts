import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendToBackground } from '@/utils/messaging/content';
import { readWithRecipe } from '@/utils/teach/read';
import type { PageRecipe } from '@/utils/teach/recipe';

/** Pages render their values late: wait this long for a taught value before saying it is gone. */
const WAIT_MS = 8_000;
const SETTLE_MS = 300;

/** One recipe's reading, waiting for the page to render its values (or giving up after WAIT_MS). */
function readWhenReady(ctx: ContentScriptContext, recipe: PageRecipe): Promise<ReturnType<typeof readWithRecipe>> {
  return new Promise((resolve) => {
    const attempt = () => readWithRecipe(document, new Date(), recipe);
    const first = attempt();
    if (first.ok) return resolve(first);
    let last: ReturnType<typeof readWithRecipe> = first;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        last = attempt();
        if (last.ok) done();
      }, SETTLE_MS);
    });
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(limit);
      resolve(last);
    };
    const limit = setTimeout(done, WAIT_MS);
    ctx.onInvalidated(done);
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  });
}

/** Reads the page with every recipe that applies to it and sends what each found, or why not. */
export async function readTaughtPage(ctx: ContentScriptContext): Promise<void> {
  const recipes = await sendToBackground('getRecipes', undefined).catch(() => []);
  for (const recipe of recipes) {
    if (!ctx.isValid) return;
    const read = await readWhenReady(ctx, recipe);
    await sendToBackground(
      'submitTaught',
      read.ok ? { recipeId: recipe.id, reading: read.reading, failure: '' } : { recipeId: recipe.id, reading: null, failure: read.reason },
    ).catch(() => undefined);
  }
}
