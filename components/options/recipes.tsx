import { TEACH_FIELD_KEYS as FIELD_KEYS } from '@/components/shared/teach-fields';
import { useState } from 'preact/hooks';
import type { RecipeView } from '@/utils/connector/types';
import { type Fmt, relativeTime } from '@/utils/format';


export interface OptionsRecipesProps {
  /** Taught pages; null while loading. */
  recipes: RecipeView[] | null;
  fmt: Fmt;
  providerName: (id: string) => string;
  /** When Kigen last read a line through this recipe's site, or null. */
  lastRead?: (recipe: RecipeView) => number | null;
  onRemove: (id: string) => Promise<void>;
}

/** Pages the user taught: the site and page, what Kigen reads there, access, and Remove. */
export function OptionsRecipes({ recipes, fmt, providerName, lastRead, onRemove }: OptionsRecipesProps) {
  const { t } = fmt;
  const [busy, setBusy] = useState<string | null>(null);
  return (
    <section class="panel" aria-labelledby="recipes-heading" data-testid="recipes-section">
      <h2 id="recipes-heading">{t('options_recipes_title')}</h2>
      {recipes === null ? (
        <p class="hint">{t('options_loading')}</p>
      ) : recipes.length === 0 ? (
        <p class="hint">{t('options_recipes_none')}</p>
      ) : (
        <ul class="recipes">
          {recipes.map((r) => (
            <li key={r.id} data-testid="recipe">
              <p>
                <strong>{new URL(r.site).hostname}</strong> <code>{r.path}</code>
                {r.provider && <span class="hint"> · {t('options_recipes_fixes', [providerName(r.provider)])}</span>}
              </p>
              <p class="hint">
                {t('options_recipes_fields', [r.fields.map((f) => t(FIELD_KEYS[f])).join(' · ')])} ·{' '}
                {((at) => (at === null ? t('options_line_no_reading') : t('options_line_last_reading', [relativeTime(at, fmt)])))(lastRead?.(r) ?? null)}
              </p>
              {!r.access && (
                <p class="notice warn" role="status">
                  {t('options_recipes_no_access')}
                </p>
              )}
              <button
                type="button"
                disabled={busy === r.id}
                onClick={() => {
                  setBusy(r.id);
                  void onRemove(r.id).finally(() => setBusy(null));
                }}
              >
                {t('options_recipes_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
