// Named moments inside multi-step writes where the crash tests stop the process
// (tests/integration/crash-points.test.ts): with CROSSCHECK_CRASH_POINT set to a point's name,
// the process stops itself (SIGSTOP) when it reaches that point, and the test kills it there
// with SIGKILL — a crash at exactly the worst moment, every time. Unset, this does nothing.
export type CrashPoint =
  | 'article-rename'
  | 'document-rename'
  | 'restore-rename'
  | 'file-rename'
  /** The derived indexes under index/ (the story index): a crash there only means a rebuild. */
  | 'index-rename';

export function crashPoint(point: CrashPoint): void {
  if (process.env.CROSSCHECK_CRASH_POINT === point) process.kill(process.pid, 'SIGSTOP');
}
