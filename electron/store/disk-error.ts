// A failed write as the reviewer should read it: a full disk is named as such, with the
// folder, instead of "ENOSPC: no space left on device, write".
export function diskError(err: unknown, folder: string): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return `the disk is full at ${folder}`;
  return (err as Error).message;
}

export function isDiskFull(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'ENOSPC' || code === 'EDQUOT';
}
