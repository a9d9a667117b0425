// Saves bytes the host returned (exports, scenario JSON) as a browser download.

/** Triggers a download of base64 content under a file name. */
export function downloadBase64(base64: string, fileName: string, mimeType: string): void {
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  save(new Blob([bytes], { type: mimeType }), fileName);
}

/** Triggers a download of a text file. */
export function downloadText(text: string, fileName: string, mimeType = 'application/json'): void {
  save(new Blob([text], { type: `${mimeType};charset=utf-8` }), fileName);
}

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
