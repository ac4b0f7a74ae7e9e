import { approvePendingCardText, clearPendingCardText, getPendingCardText, judgeCardText, type PendingCardText } from '../shapes/cardTextPrivacy/pendingCardText'

/** While someone types, the change reaches the board (and everyone on it) after this pause. */
export const COMMIT_AFTER_MS = 700

export interface DraftTextTarget {
  /** The key text held back for personal data is kept under (see `pendingCardText`). */
  privacyKey: string
  onCommit: (text: string, coalesceKey: string) => void
}

/** Text held back with a personal-data warning under this key, if any (not a draft only waiting for a number's end). */
export function heldBack(privacyKey: string): PendingCardText | null {
  const hold = getPendingCardText(privacyKey)
  return hold?.hits.length ? hold : null
}

let focusSessions = 0
const nextSessionKey = () => `text-${++focusSessions}`

/**
 * When `DraftTextField` saves what is typed, kept apart from React so it can be tested without a DOM. One object
 * lives as long as the field; a focus session is one visit of the field (one undo step).
 */
export class DraftTextSession {
  /** The field's latest props: a save from a timer or on unmount must go where the field points now. */
  target: DraftTextTarget
  /** Told when text is held back for personal data (with its hits) or no longer is (null). */
  onHeld: (held: PendingCardText | null) => void
  private key = nextSessionKey()
  private valueOnFocus: string | null = null
  private savedThisSession = false
  private pending: string | null = null
  private timer: ReturnType<typeof setTimeout> | undefined

  constructor(target: DraftTextTarget, onHeld: (held: PendingCardText | null) => void) {
    this.target = target
    this.onHeld = onHeld
  }

  /** The person comes into the field with `value` showing (not back to a held draft, which continues its session). */
  begin(value: string): void {
    this.key = nextSessionKey()
    this.valueOnFocus = value
    this.savedThisSession = false
  }

  /** The person typed: saved after a pause, so one keystroke is not one write to everyone. */
  type(text: string): void {
    this.pending = text
    clearTimeout(this.timer)
    this.timer = setTimeout(() => this.flush(false), COMMIT_AFTER_MS)
  }

  /** Saves the pending text unless it is held back; returns whether the field may show the shared value again. */
  flush(final: boolean): boolean {
    clearTimeout(this.timer)
    const { privacyKey } = this.target
    const text = this.pending
    if (text === null) return !heldBack(privacyKey)
    if (judgeCardText(privacyKey, text, { final }) === 'share') {
      this.commit(text)
      this.pending = null
      this.onHeld(null)
      return true
    }
    this.onHeld(heldBack(privacyKey))
    return false
  }

  /**
   * Escape: drops the draft. The text from when the person came in is put back only if this session saved
   * something; otherwise the shared value is someone else's (or unchanged) and must stay.
   */
  cancel(value: string): void {
    clearTimeout(this.timer)
    this.pending = null
    clearPendingCardText(this.target.privacyKey)
    this.onHeld(null)
    if (this.savedThisSession && this.valueOnFocus !== null && value !== this.valueOnFocus) this.commit(this.valueOnFocus)
  }

  /** "Del likevel" on the personal-data warning. */
  shareAnyway(): void {
    const text = approvePendingCardText(this.target.privacyKey)
    if (text !== null) this.commit(text)
    this.pending = null
    this.onHeld(null)
  }

  /**
   * The field goes away, e.g. a colleague moved the step to another lane and it is rendered anew there: what was
   * typed is saved as on leaving the field, and text held back for personal data stays held (in this tab only).
   */
  dispose(): void {
    // The component is gone: nothing to show a warning in.
    this.onHeld = () => {}
    if (this.pending !== null) this.flush(true)
    else clearTimeout(this.timer)
  }

  private commit(text: string): void {
    this.savedThisSession = true
    this.target.onCommit(text, this.key)
  }
}
