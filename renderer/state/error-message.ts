// How a failure reads on screen: the service's own sentence (it names the file or value at
// fault), or a plain fallback when the error carries none. A leaf module: every action file
// uses it, so it must never import any of them.
export function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'Something went wrong.';
}
