// The renderer's entry: builds the API client (IPC or HTTP), the library store and its actions,
// renders the app and loads the workspace. The store is created here and handed down through
// context, so no component reaches a module-level singleton.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from './api/client';
import { App } from './app/App';
import { createLibraryActions } from './state/library-actions';
import { LibraryProvider } from './state/library-context';
import { initialLibraryState } from './state/library-state';
import { createStore } from './state/store';
import './styles/theme.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/list.css';
import './styles/reader.css';
import './styles/removed-lines.css';
import './styles/dialogs.css';
import './styles/stories.css';
import './styles/story-page.css';
import './styles/merge-picker.css';
import './styles/compare.css';
import './styles/review.css';
import './styles/report.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');

const store = createStore(initialLibraryState);
const actions = createLibraryActions(store, createClient());

createRoot(container).render(
  <StrictMode>
    <LibraryProvider store={store} actions={actions}>
      <App />
    </LibraryProvider>
  </StrictMode>,
);
void actions.start();
