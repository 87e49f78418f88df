/**
 * Hands text to the browser as a file download. The page never writes files: the user's browser
 * (or Electron's download handling) saves it where they choose; the object URL is released once
 * the click has been dispatched.
 */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
