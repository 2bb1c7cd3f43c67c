// Moves the keyboard focus to an element that the store update just made (or is about to
// make) appear, once React has rendered it. Used when the focused control itself goes away,
// e.g. a removed line's row after Restore, so the focus never falls back to the page.

export function focusSoon(selector: string, fallback?: () => HTMLElement | null): void {
  requestAnimationFrame(() => {
    const target = document.querySelector<HTMLElement>(selector) ?? fallback?.() ?? null;
    target?.focus();
  });
}
