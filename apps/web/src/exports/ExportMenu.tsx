import { useCallback, useEffect, useId, useRef, useState } from 'react'
import { useEditor } from 'tldraw'
import { useT } from '../i18n'
import { useAppStore } from '../state/appStore'
import { exportImage, exportJourneyJson, type ExportOutcome, type ImageFormat } from './canvasExports'
import { posterContent, type PosterContent, type PosterSize } from './poster/posterContent'
import { PosterPrint } from './poster/PosterPrint'
import './exports.css'

type ExportKind = ImageFormat | 'json' | 'poster-a3' | 'poster-a0'
const KINDS: readonly ExportKind[] = ['png', 'svg', 'json', 'poster-a3', 'poster-a0']
const POSTER_SIZES: Partial<Record<ExportKind, PosterSize>> = { 'poster-a3': 'a3', 'poster-a0': 'a0' }

/**
 * "Eksporter" in the board's top bar: the selection or page as PNG or SVG, the journey as JSON, and the page as an A3
 * or A0 wall poster through the browser's print dialog (print it, or save it as PDF). A disclosure
 * (button + list of buttons): Escape or a click elsewhere closes it and focus returns to the button. The outcome
 * goes to the board's toast, which is a polite live region.
 */
export function ExportMenu({ title, onNotice }: { title: string; onNotice: (message: string) => void }) {
  const t = useT()
  const e = t.reports.exportMenu
  const editor = useEditor()
  const [open, setOpen] = useState(false)
  const [working, setWorking] = useState<ExportKind | null>(null)
  const [poster, setPoster] = useState<{ size: PosterSize; content: PosterContent; date: string } | null>(null)
  const language = useAppStore((state) => state.language)
  const closePoster = useCallback(() => setPoster(null), [])
  const buttonRef = useRef<HTMLButtonElement>(null)
  const menuRef = useRef<HTMLDivElement>(null)
  const menuId = useId()
  const hintId = useId()

  const close = (returnFocus: boolean) => {
    setOpen(false)
    if (returnFocus) buttonRef.current?.focus()
  }

  useEffect(() => {
    if (!open) return
    menuRef.current?.querySelector<HTMLButtonElement>('button')?.focus()
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointerDown, true)
    return () => document.removeEventListener('pointerdown', onPointerDown, true)
  }, [open])

  const describe = (outcome: ExportOutcome): string => {
    if (outcome.ok) {
      const { cards, mismatched } = outcome.leftOut
      return cards + mismatched > 0 ? e.jsonLeftOut(outcome.fileName, cards, mismatched) : e.done(outcome.fileName)
    }
    if (outcome.reason === 'empty-page') return e.emptyPage
    if (outcome.reason === 'journey-invalid') return e.jsonFailed
    return e.imageFailed
  }

  const run = async (kind: ExportKind) => {
    if (working !== null) return
    setWorking(kind)
    close(true)
    onNotice(e.working)
    const size = POSTER_SIZES[kind]
    if (size) {
      const content = await posterContent(editor, title).catch((error: unknown) => {
        console.error('Poster failed', error)
        return null
      })
      setWorking(null)
      if (!content) {
        onNotice(editor.getCurrentPageShapeIds().size === 0 ? e.emptyPage : e.imageFailed)
        return
      }
      setPoster({ size, content, date: new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(Date.now()) })
      onNotice(e.poster.opened)
      return
    }
    const names = e.fileNames
    const outcome = kind === 'json' ? exportJourneyJson(editor, title, names) : await exportImage(editor, kind as ImageFormat, title, names)
    setWorking(null)
    onNotice(describe(outcome))
  }

  return (
    <div className="export-menu" onKeyDown={(event) => {
      if (event.key === 'Escape' && open) {
        event.stopPropagation()
        close(true)
      }
    }}>
      <button
        ref={buttonRef}
        type="button"
        className="board-bar__button"
        aria-expanded={open}
        aria-controls={menuId}
        aria-busy={working !== null}
        // Not `disabled`: focus has just been returned here, and a disabled button would drop it to the page.
        aria-disabled={working !== null}
        title={e.label}
        data-testid="open-export-menu"
        onClick={() => {
          if (working !== null) return
          if (open) close(false)
          else setOpen(true)
        }}
      >
        <ExportIcon />
        <span className="board-bar__label">{working !== null ? e.working : e.button}</span>
      </button>
      {open && (
        <div ref={menuRef} id={menuId} className="export-menu__popup" role="group" aria-label={e.label} aria-describedby={hintId} data-testid="export-menu">
          <ul>
            {KINDS.map((kind) => (
              <li key={kind}>
                <button type="button" className="export-menu__item" data-testid={`export-${kind}`} onClick={() => void run(kind)}>
                  {kind === 'poster-a3' ? e.poster.a3 : kind === 'poster-a0' ? e.poster.a0 : e[kind]}
                </button>
              </li>
            ))}
          </ul>
          <p id={hintId} className="export-menu__hint">
            {e.selectionHint} {e.poster.hint}
          </p>
        </div>
      )}
      {poster && <PosterPrint size={poster.size} content={poster.content} date={poster.date} onDone={closePoster} />}
    </div>
  )
}

function ExportIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d="M12 15V3" />
      <path d="m7 8 5-5 5 5" />
      <path d="M5 13v6a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-6" />
    </svg>
  )
}
