// Browser mode's per-launch access token. `crosscheck serve` prints a URL ending in
// `#token=…`; we take the token from the fragment once, keep it in sessionStorage so a
// reload keeps working, and strip it from the address bar so it is not copied or shared
// by accident. The fragment never reaches the server, so it never lands in a log.
// Never read the token from anywhere else (query string, localStorage): it must not outlive the tab.

const STORAGE_KEY = 'crosscheck.token';

function readStored(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be disabled by the browser; the token then lives only in memory.
    return null;
  }
}

function store(token: string): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, token);
  } catch {
    // See readStored: keeping it in memory is enough for this page's life.
  }
}

/** Returns the launch token (from the URL fragment on first load, else from this tab's storage). */
export function takeLaunchToken(): string | null {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  const fromHash = params.get('token');
  if (!fromHash) return readStored();

  store(fromHash);
  params.delete('token');
  const rest = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
  return fromHash;
}
