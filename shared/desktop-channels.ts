// The IPC channel names between the desktop app's main process and its preload, in one place
// both sides import (the preload cannot import main-process code).
export const API_CHANNEL_PREFIX = 'crosscheck:';
export const DESKTOP_CHANNELS = {
  pickFolders: 'crosscheck-desktop:pickFolders',
  pickWorkspace: 'crosscheck-desktop:pickWorkspace',
  printReportPdf: 'crosscheck-desktop:printReportPdf',
  openLogFolder: 'crosscheck-desktop:openLogFolder',
  logError: 'crosscheck-desktop:logError',
  /** Main → page: a menu command. */
  menuCommand: 'crosscheck-desktop:menuCommand',
} as const;

/** The longest error text the page may write to the log in one message. */
export const MAX_LOGGED_ERROR = 8_000;
