import { findPersonalData, type PersonalDataHit } from '@sammen/journey-model'
import { atom } from 'tldraw'

/** Card text that looks like personal data and is held back in this tab until the writer decides. */
export interface PendingCardText {
  text: string
  /** Empty while the draft only waits for a number or address being typed at its end to be complete. */
  hits: PersonalDataHit[]
}

// Module-level and per tab: drafts are nobody else's business, and they must survive the card re-rendering.
const pending = atom<Readonly<Record<string, PendingCardText>>>('pending card texts', {})
// Hit texts the writer chose to share anyway, per card, so the same number does not warn on every keystroke.
const approved = new Map<string, Set<string>>()

export function pendingCardTexts() {
  return pending
}

export function getPendingCardText(shapeId: string): PendingCardText | undefined {
  return pending.get()[shapeId]
}

// A number or an e-mail address still being typed at the end of the text. Sharing every keystroke would send
// "Ring 9123456" to everyone before "Ring 91234567" could be recognised, so text that ends in a digit waits
// (quietly) for the next character that is not part of a number, or for the end of editing.
const UNFINISHED_NUMBER = /(?:\+|\d)[\d ]*$/
const UNFINISHED_EMAIL = /[^\s@]+@\S*$/

/**
 * Decides what happens to the text of a card: `share` it (no personal data, or only what the writer already
 * shared anyway), or `hold` it in this tab: with a warning if it has personal data, quietly while a number or
 * address is still being typed at its end (`final: false`, during editing).
 */
export function judgeCardText(shapeId: string, text: string, { final = false }: { final?: boolean } = {}): 'share' | 'hold' {
  const hits = findPersonalData(text)
  const ok = approved.get(shapeId)
  const unapproved = hits.filter((hit) => !ok?.has(text.slice(hit.start, hit.end)))
  const unfinished = !final && unapproved.length === 0 && (UNFINISHED_NUMBER.test(text) || UNFINISHED_EMAIL.test(text))
  if (unapproved.length === 0 && !unfinished) {
    clearPendingCardText(shapeId)
    return 'share'
  }
  pending.update((current) => ({ ...current, [shapeId]: { text, hits: unapproved } }))
  return 'hold'
}

/**
 * When editing ends: a draft that only waited for the end of a number is judged for good. Returns the text to
 * share, or null (nothing pending, or it now shows a warning).
 */
export function settleCardText(shapeId: string): string | null {
  const draft = getPendingCardText(shapeId)
  if (!draft || draft.hits.length > 0) return null
  return judgeCardText(shapeId, draft.text, { final: true }) === 'share' ? draft.text : null
}

/** "Del likevel": remembers the flagged parts as shared and returns the text to write. */
export function approvePendingCardText(shapeId: string): string | null {
  const draft = getPendingCardText(shapeId)
  if (!draft) return null
  const ok = approved.get(shapeId) ?? new Set<string>()
  for (const hit of draft.hits) ok.add(draft.text.slice(hit.start, hit.end))
  approved.set(shapeId, ok)
  clearPendingCardText(shapeId)
  return draft.text
}

export function clearPendingCardText(shapeId: string): void {
  if (!(shapeId in pending.get())) return
  pending.update((current) => {
    const { [shapeId]: _dropped, ...rest } = current
    return rest
  })
}
