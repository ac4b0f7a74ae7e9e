import { atom, type Atom, type Editor, type VecModel } from 'tldraw'

/**
 * Where a pain point is about to be placed while its owner dialog is open. It lives only in this tab's memory,
 * never in the store: a pain point without an owner must never reach the shared document.
 */
const pendingByEditor = new WeakMap<Editor, Atom<VecModel | null>>()

export function pendingPainPoint(editor: Editor): Atom<VecModel | null> {
  let pending = pendingByEditor.get(editor)
  if (!pending) {
    pending = atom<VecModel | null>('pending pain point', null)
    pendingByEditor.set(editor, pending)
  }
  return pending
}
