// An error whose message is meant for the reviewer. Services throw it for expected failures
// (unknown article, bad input); transports pass its code and message through unchanged.
// Anything else thrown is a bug and is reported as a generic failure.
export class WorkbenchError extends Error {
  constructor(
    readonly code: 'invalid-input' | 'not-found' | 'ambiguous' | 'forbidden' | 'busy' | 'failed',
    message: string,
  ) {
    super(message);
    this.name = 'WorkbenchError';
  }
}
