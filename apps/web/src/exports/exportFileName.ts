/**
 * A file name people recognise in their downloads folder: the board's title, what the file holds and the date,
 * e.g. `bygge-hus-problemer-2026-11-23.csv`. Only letters, digits and dashes, so it survives every file system
 * and e-mail client; Norwegian letters are kept (all current systems handle them).
 */
export function exportFileName(title: string, what: string, extension: string, today: Date = new Date()): string {
  const parts = [title, what].map(slug).filter((part) => part !== '')
  const date = today.toISOString().slice(0, 10)
  return `${[...parts, date].join('-')}.${extension}`
}

function slug(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('nb')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
}
