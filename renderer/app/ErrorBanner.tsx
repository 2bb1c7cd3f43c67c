// Problems that concern the whole screen (the list could not load, an import failed, a removed
// line could not be restored, a story correction failed, the workspace opened without its
// backup), shown under the top bar with a way forward: retry, or dismiss.
import type { ReactNode } from 'react';
import { useActions, useLibrary } from '../state/library-context';
import { IconClose, IconError, IconRefresh } from './icons';

function Banner(props: {
  title: string;
  message: string;
  onRetry?: () => void;
  onDismiss: () => void;
}): ReactNode {
  return (
    <div className="banner" role="alert">
      <IconError className="banner-icon" />
      <p className="banner-text">
        <strong>{props.title}</strong> {props.message}
      </p>
      {props.onRetry ? (
        <button type="button" className="button" onClick={props.onRetry}>
          <IconRefresh />
          Retry
        </button>
      ) : null}
      <button
        type="button"
        className="icon-button"
        aria-label="Dismiss"
        title="Dismiss"
        onClick={props.onDismiss}
      >
        <IconClose />
      </button>
    </div>
  );
}

export function ErrorBanner(): ReactNode {
  const actions = useActions();
  const listError = useLibrary((s) => s.listError);
  const importError = useLibrary((s) => s.importError);
  const lineError = useLibrary((s) => s.lineError);
  const storiesError = useLibrary((s) => (s.storiesStatus === 'ready' ? s.storiesError : null));
  const storyProblem = useLibrary((s) => s.storyProblem);
  const settingsError = useLibrary((s) => s.settingsError);
  const recovered = useLibrary((s) => s.recovered);
  const openWarnings = useLibrary((s) => (s.openWarningsDismissed ? null : s.workspace?.warnings));
  // Always rendered: the layout gives this box its own row, empty when all is well.
  return (
    <div className="banners">
      {listError ? (
        <Banner
          title="The articles could not be loaded."
          message={listError}
          onRetry={() => void actions.reloadList()}
          onDismiss={actions.dismissListError}
        />
      ) : null}
      {importError ? (
        <Banner
          title={importError.title}
          message={importError.message}
          onDismiss={actions.dismissImportError}
        />
      ) : null}
      {storiesError ? (
        <Banner
          title="The stories could not be refreshed."
          message={storiesError}
          onRetry={() => void actions.loadStories(true)}
          onDismiss={actions.dismissStoriesError}
        />
      ) : null}
      {storyProblem ? (
        <Banner
          title={storyProblem.title}
          message={storyProblem.message}
          onDismiss={actions.dismissStoryProblem}
        />
      ) : null}
      {recovered ? (
        <Banner
          title="The window stopped unexpectedly and was reloaded."
          message={`(${recovered}) Every verdict you saw saved is on disk; the details are in the log (Help › Open Log Folder).`}
          onDismiss={actions.dismissRecovered}
        />
      ) : null}
      {openWarnings?.length ? (
        <Banner
          title="The workspace opened with a warning."
          message={openWarnings.join(' ')}
          onDismiss={actions.dismissOpenWarnings}
        />
      ) : null}
      {settingsError ? (
        <Banner
          title={settingsError.title}
          message={settingsError.message}
          onDismiss={actions.dismissSettingsError}
        />
      ) : null}
      {lineError ? (
        <Banner title={lineError.title} message={lineError.message} onDismiss={actions.dismissLineError} />
      ) : null}
    </div>
  );
}
