// How far the CLI lets its heap grow past what it keeps. A claim listing or a browser-mode
// server keeps some hundreds of megabytes for good (the statement index, the stories) and
// allocates fast around them; by default V8 then lets the heap grow to about four times what
// survived the last full collection before collecting again, so the process's peak is set by
// its garbage, not by what it uses. Growing by a fifth keeps the peak near what is kept, for
// a few more full collections (measured on `claims --jsonl` over 20,000 articles; numbers in
// docs/decisions/cross-source.md).
import { setFlagsFromString } from 'node:v8';

const GROWTH_PERCENT = 20;

export function keepHeapNearLive(): void {
  setFlagsFromString(`--heap-growing-percent=${GROWTH_PERCENT}`);
}
