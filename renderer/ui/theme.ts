// Light or dark: the reviewer's choice from Settings, or the OS's appearance when the choice
// is "system" (followed live). The resolved theme is set as `data-theme` on <html>, which is
// all the style sheets look at. The choice is also kept in this profile so the next start
// paints in the right theme before the settings have arrived from the services.
import type { ThemeChoice } from '../../shared/settings';

const STORAGE_KEY = 'crosscheck.theme';
const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

export function resolveTheme(choice: ThemeChoice, osPrefersDark: boolean): 'light' | 'dark' {
  return choice === 'system' ? (osPrefersDark ? 'dark' : 'light') : choice;
}

let current: ThemeChoice = 'system';
let listening = false;

function paint(): void {
  document.documentElement.dataset.theme = resolveTheme(current, darkQuery().matches);
}

export function applyTheme(choice: ThemeChoice): void {
  current = choice;
  paint();
  if (!listening) {
    darkQuery().addEventListener('change', paint);
    listening = true;
  }
  try {
    localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // Storage refused: the next start paints by the OS until the settings arrive.
  }
}

/** The choice remembered from the last run, applied before anything is drawn. */
export function applyRememberedTheme(): void {
  let stored: string | null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    stored = null;
  }
  applyTheme(stored === 'light' || stored === 'dark' ? stored : 'system');
}
