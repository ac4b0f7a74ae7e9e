import { BOARD_FILE_EXTENSION } from '@sammen/sync'
import { useId, useRef, useState } from 'react'
import { useT } from '../i18n'
import { useAppStore } from '../state/appStore'
import { boardPath, navigate } from '../routing/router'
import { importBoardFile, type BoardFileProblem } from '../versions/boardFileTransfer'

/**
 * "Åpne fil": reads a `.sammen` file into a new board on this device, titled as a copy, and opens it. A broken file
 * shows what is wrong in plain words and changes nothing.
 */
export function OpenBoardFileButton() {
  const t = useT()
  const language = useAppStore((state) => state.language)
  const inputRef = useRef<HTMLInputElement>(null)
  const [problem, setProblem] = useState<BoardFileProblem | null>(null)
  const [opening, setOpening] = useState(false)
  const hintId = useId()
  const errorId = useId()

  const open = async (file: File) => {
    setOpening(true)
    setProblem(null)
    const result = await importBoardFile(file, { language, untitled: t.board.untitled })
    setOpening(false)
    if (result.ok) navigate(boardPath(result.boardId))
    else setProblem(result.problem)
  }

  return (
    <div className="open-file">
      <button
        type="button"
        className="button button--secondary button--large"
        data-testid="open-board-file"
        aria-describedby={problem ? `${hintId} ${errorId}` : hintId}
        disabled={opening}
        onClick={() => inputRef.current?.click()}
      >
        <FileIcon />
        {opening ? t.boardFile.opening : t.boardFile.open}
      </button>
      <span id={hintId} className="visually-hidden">
        {t.boardFile.openHint}
      </span>
      <input
        ref={inputRef}
        type="file"
        accept={`${BOARD_FILE_EXTENSION},application/json`}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="board-file-input"
        onChange={(event) => {
          const file = event.target.files?.[0]
          event.target.value = ''
          if (file) void open(file)
        }}
      />
      {problem && (
        <p id={errorId} className="open-file__error" role="alert" data-testid="board-file-error" data-code={problem}>
          {t.boardFile.errors[problem]} {problem !== 'unknown' && t.boardFile.nothingChanged}
        </p>
      )}
    </div>
  )
}

function FileIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d="M14 3H6a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V9z" />
      <path d="M14 3v6h6" />
    </svg>
  )
}
