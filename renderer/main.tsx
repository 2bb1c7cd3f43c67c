// The renderer's entry: builds the API client (IPC or HTTP), the library store and its actions,
// renders the app and loads the workspace. The store is created here and handed down through
// context, so no component reaches a module-level singleton.
import './zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from './api/client';
import { App } from './shell/App';
import { createLibraryActions } from './state/library-actions';
import { LibraryProvider } from './state/library-context';
import { initialLibraryState } from './state/library-state';
import { createStore } from './state/store';
import { applyRememberedTheme } from './ui/theme';
import './styles/theme.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/list.css';
import './styles/reader.css';
import './styles/removed-lines.css';
import './styles/dialogs.css';
import './styles/app-dialogs.css';
import './styles/stories.css';
import './styles/story-page.css';
import './styles/merge-picker.css';
import './styles/screen-header.css';
import './styles/compare.css';
import './styles/review.css';
import './styles/report.css';
import './styles/matrix.css';
import './styles/sources.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');

applyRememberedTheme();
const client = createClient();

// The desktop app reloads a crashed page with ?recovered=<reason>: say so once, then tidy the address.
const recovered = new URLSearchParams(location.search).get('recovered');
if (recovered) history.replaceState(history.state, '', `${location.pathname}${location.hash}`);

// Errors nothing caught go to the desktop app's log file (Help › Open Log Folder).
if (client.desktop) {
  const { logError } = client.desktop;
  window.addEventListener('error', (e) => logError(`${e.message} at ${e.filename}:${e.lineno}`));
  window.addEventListener('unhandledrejection', (e) => {
    const reason: unknown = e.reason;
    logError(
      `Unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`,
    );
  });
}

const store = createStore({ ...initialLibraryState, recovered: recovered ? recovered.slice(0, 80) : null });
const actions = createLibraryActions(store, client);

createRoot(container).render(
  <StrictMode>
    <LibraryProvider store={store} actions={actions}>
      <App desktop={client.desktop} />
    </LibraryProvider>
  </StrictMode>,
);
void actions.start();
