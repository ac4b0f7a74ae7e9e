import { useEffect, useId, useRef, useState } from 'react'
import { useEditor } from 'tldraw'
import { useBoardAccess } from '../access/useBoardAccess'
import { useWorkspaceToken } from '../access/workspaceLink'
import { useT } from '../i18n'
import { useBoardRoomContext } from '../room/BoardRoomContext'
import { Link } from '../routing/Link'
import { boardPath, navigate } from '../routing/router'
import { useAppStore } from '../state/appStore'
import { makeToBeBoard, type MakeToBeResult } from './makeToBeBoard'
import { toBePermission } from './toBePermission'
import { useBoardStage } from './useBoardStage'
import { useLocalBoardTitles } from './useLocalBoardTitles'
import './stages.css'

type Problem = Extract<MakeToBeResult, { ok: false }>['problem']

/**
 * The board's stage in the top bar: a badge, "Nåværende reise" or "Ønsket reise", that opens a small disclosure with
 * the linked boards (an as-is board's to-be boards, a to-be board's as-is board), the comparison, and on an as-is
 * board "Lag ønsket reise" for those who may make boards. Escape or a click elsewhere closes it; focus returns to
 * the badge.
 */
export function StageMenu() {
  const t = useT()
  const s = t.stages
  const editor = useEditor()
  const room = useBoardRoomContext()
  const stage = useBoardStage(editor.store)
  const permission = toBePermission(useBoardAccess(), useWorkspaceToken())
  const titles = useLocalBoardTitles()
  const language = useAppStore((state) => state.language)
  const [open, setOpen] = useState(false)
  const [working, setWorking] = useState(false)
  const [problem, setProblem] = useState<Problem | null>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const popupRef = useRef<HTMLDivElement>(null)
  const popupId = useId()
  const isToBe = stage.stage === 'to-be'

  const close = (returnFocus: boolean) => {
    setOpen(false)
    if (returnFocus) buttonRef.current?.focus()
  }

  useEffect(() => {
    if (!open) return
    popupRef.current?.querySelector<HTMLElement>('a, button')?.focus()
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node
      if (!popupRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointerDown, true)
    return () => document.removeEventListener('pointerdown', onPointerDown, true)
  }, [open])

  const make = async () => {
    if (working) return
    setWorking(true)
    setProblem(null)
    const result = await makeToBeBoard({
      room,
      store: editor.store,
      language,
      untitled: t.board.untitled,
      withoutHistory: (write) => editor.run(write, { history: 'ignore' }),
    })
    if (!result.ok) {
      setWorking(false)
      setProblem(result.problem)
      return
    }
    // The link is in the store; make sure it reaches the document and IndexedDB before this board's room closes.
    await room.flush()
    navigate(boardPath(result.boardId))
  }

  const titleOf = (boardId: string, fallback: string) => titles.get(boardId) ?? fallback

  return (
    <div
      className="stage-menu"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation()
          close(true)
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className={`board-bar__button stage-menu__badge stage-menu__badge--${stage.stage}`}
        aria-expanded={open}
        aria-controls={popupId}
        title={s.menuLabel}
        data-testid="journey-stage"
        data-stage={stage.stage}
        onClick={() => (open ? close(false) : setOpen(true))}
      >
        <StageIcon toBe={isToBe} />
        <span className="board-bar__label">{isToBe ? s.toBe : s.asIs}</span>
      </button>
      {open && (
        <div ref={popupRef} id={popupId} className="stage-menu__popup" role="group" aria-label={s.menuLabel} data-testid="journey-stage-menu">
          <p className="stage-menu__intro">{isToBe ? s.toBeIntro : s.asIsIntro}</p>
          {isToBe && stage.asIsBoardId !== null && (
            <>
              <p className="stage-menu__line">
                {s.madeFrom}{' '}
                <Link href={boardPath(stage.asIsBoardId)} data-testid="stage-as-is-link">
                  {titleOf(stage.asIsBoardId, s.asIs)}
                </Link>
              </p>
              <Link href={boardPath(room.boardId, 'comparison')} className="button button--primary stage-menu__action" data-testid="stage-compare">
                {s.compareWithAsIs}
              </Link>
            </>
          )}
          {!isToBe && stage.toBeBoardIds.length > 0 && (
            <>
              <p className="stage-menu__line">{s.toBeBoards}</p>
              <ul className="stage-menu__links">
                {stage.toBeBoardIds.map((boardId) => {
                  const title = titleOf(boardId, s.toBe)
                  return (
                    <li key={boardId} data-testid="stage-to-be" data-board-id={boardId}>
                      <Link href={boardPath(boardId)}>{title}</Link>
                      <Link href={boardPath(boardId, 'comparison')} className="stage-menu__compare">
                        {s.compare}
                        <span className="visually-hidden"> – {title}</span>
                      </Link>
                    </li>
                  )
                })}
              </ul>
            </>
          )}
          {!isToBe && permission === 'allowed' && (
            <>
              <button
                type="button"
                className="button button--primary stage-menu__action"
                aria-disabled={working}
                aria-describedby={`${popupId}-hint`}
                data-testid="make-to-be"
                onClick={() => void make()}
              >
                {working ? s.making : s.make}
              </button>
              <p id={`${popupId}-hint`} className="stage-menu__hint">
                {s.makeHint}
              </p>
            </>
          )}
          {!isToBe && permission === 'needs-workspace' && (
            <p className="stage-menu__hint" data-testid="make-to-be-needs-workspace">
              {s.needsWorkspace}
            </p>
          )}
          {problem && (
            <p className="stage-menu__problem" role="alert" data-testid="make-to-be-problem" data-problem={problem}>
              {s.problems[problem]}
            </p>
          )}
        </div>
      )}
    </div>
  )
}

function StageIcon({ toBe }: { toBe: boolean }) {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      {toBe ? (
        <>
          <path d="M12 3l2.6 5.3 5.9.9-4.3 4.1 1 5.8L12 16.4 6.8 19.1l1-5.8L3.5 9.2l5.9-.9z" />
        </>
      ) : (
        <>
          <circle cx="6" cy="12" r="2.5" />
          <circle cx="18" cy="12" r="2.5" />
          <path d="M8.5 12h7" />
        </>
      )}
    </svg>
  )
}
