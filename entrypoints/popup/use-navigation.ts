import { useEffect, useState } from 'preact/hooks';

/** What the popup shows: the list, one line, or a form (a new line when lineId is null). */
export type View =
  | { kind: 'list' }
  | { kind: 'detail'; lineId: string }
  | { kind: 'renew'; lineId: string }
  | { kind: 'form'; lineId: string | null; /** Focus this field rather than the heading. */ focus?: 'keepAliveStart' };

export interface Navigation {
  view: View;
  /** The line the view is about (null for the list and the new-line form). */
  lineId: string | null;
  /** A message over the view (saved, or a failure); cleared when the view changes. */
  notice: string | null;
  setNotice: (notice: string | null) => void;
  go: (next: View) => void;
  /** One level up: a line's form or renewal → its detail → the list. Escape does the same. */
  back: () => void;
}

/**
 * The popup's views, switched in place. Focus follows the view: a field the view asked for
 * (`[data-autofocus-field]`), else the inner view's heading (`[data-autofocus]`), or, back on the
 * list, the card that was opened; again when the lines or the views past the list (a chunk loaded
 * after the list) arrive.
 */
export function useNavigation(linesLoaded: boolean, viewsLoaded = true, initial: View = { kind: 'list' }): Navigation {
  const [view, setView] = useState<View>(initial);
  const [notice, setNotice] = useState<string | null>(null);
  const [returnTo, setReturnTo] = useState<string | null>(null);
  const lineId = view.kind === 'list' ? null : view.lineId;

  useEffect(() => {
    const card = returnTo && document.querySelector(`[data-line-id="${CSS.escape(returnTo)}"] .card-open`);
    const target =
      view.kind === 'list' ? card : (document.querySelector('[data-autofocus-field]') ?? document.querySelector('[data-autofocus]'));
    if (target instanceof HTMLElement) target.focus();
  }, [view.kind, lineId, linesLoaded, viewsLoaded]);

  const go = (next: View) => {
    if (next.kind === 'list' && view.kind !== 'list' && view.lineId) setReturnTo(view.lineId);
    setNotice(null);
    setView(next);
  };
  const back = () => go(view.kind === 'detail' || !lineId ? { kind: 'list' } : { kind: 'detail', lineId });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && view.kind !== 'list') {
        e.preventDefault();
        back();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });
  return { view, lineId, notice, setNotice, go, back };
}
