/**
 * Plain text of a tldraw rich text value (a TipTap/ProseMirror JSON document) without tldraw's editor: paragraphs
 * become lines. Unknown node shapes are skipped, so a malformed value yields less text, never an exception.
 */
export function richTextToPlain(richText: unknown): string {
  const lines: string[] = []
  const walk = (node: unknown, line: string[]): void => {
    if (!node || typeof node !== 'object') return
    const { type, text, content } = node as { type?: unknown; text?: unknown; content?: unknown }
    if (typeof text === 'string') line.push(text)
    if (type === 'hardBreak') line.push('\n')
    if (!Array.isArray(content)) return
    if (type === 'doc' || type === 'bulletList' || type === 'orderedList' || type === 'listItem') {
      for (const child of content) walk(child, line)
      return
    }
    if (type === 'paragraph' || type === 'heading') {
      const own: string[] = []
      for (const child of content) walk(child, own)
      lines.push(own.join(''))
      return
    }
    for (const child of content) walk(child, line)
  }
  const rest: string[] = []
  walk(richText, rest)
  if (rest.length > 0) lines.push(rest.join(''))
  return lines.join('\n').trim()
}
