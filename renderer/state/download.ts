// Hands a file to the browser's (or Electron's) download, which asks where to save it.
export function download(fileName: string, mimeType: string, data: string | Uint8Array): void {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A report file from the services (bytes as base64). */
export function downloadBase64(fileName: string, mimeType: string, base64: string): void {
  download(
    fileName,
    mimeType,
    Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)),
  );
}
