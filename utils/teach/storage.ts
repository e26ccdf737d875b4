import { storage } from '@wxt-dev/storage';
import type { PageRecipe } from './recipe';

/**
 * Saved page recipes. The background is their one writer (it validates each one against the
 * page that sent it); options reads them to list them. Small, so extension storage rather than
 * the database: they go into the backup and, with sync on, follow the user.
 */
export const recipesItem = /* @__PURE__ */ storage.defineItem<PageRecipe[]>('local:recipes', { fallback: [] });

/**
 * "Read this page" was clicked: the site and tab being asked for. The popup writes it before the
 * permission prompt (Chrome may close the popup while the prompt shows), so the background can
 * open the picker when the permission arrives.
 */
export const teachPendingItem = /* @__PURE__ */ storage.defineItem<{ tabId: number; site: string; at: number } | null>('session:teachPending', {
  fallback: null,
});
