/**
 * Puts text on the clipboard; false when the page may not (no clipboard API, permission refused, a
 * window without focus). The caller then shows the text selected for Ctrl+C: the old
 * execCommand('copy') needs a selection in the document and fails the same way, so it is not tried.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
