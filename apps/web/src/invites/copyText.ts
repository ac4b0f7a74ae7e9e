/**
 * Copies text to the clipboard. The async Clipboard API needs a secure context (https or localhost);
 * Sammen may run over plain http on an internal network, so fall back to selecting a field and
 * `execCommand('copy')`, which still works there.
 */
export async function copyText(text: string, fallbackField: HTMLInputElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text)
      return true
    }
  } catch {
    // Permission refused: try the fallback.
  }
  if (!fallbackField) return false
  fallbackField.focus()
  fallbackField.select()
  try {
    return document.execCommand('copy')
  } catch {
    return false
  }
}
