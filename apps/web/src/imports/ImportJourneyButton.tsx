import { createBoardId } from '@sammen/journey-model'
import { useId, useRef, useState } from 'react'
import { useT } from '../i18n'
import { requestBoardSetup } from '../newBoard/pendingBoardSetup'
import { boardPath, navigate } from '../routing/router'
import { listJourneyIssues } from './describeJourneyIssue'
import { parseJourneyFile, type JourneyFileProblem } from './parseJourneyFile'
import './imports.css'

/**
 * "Importer reise (JSON)": a journey file exported from Sammen becomes a new board, laid out by the same code as a
 * template. A broken file changes nothing and says what is wrong, item by item.
 */
export function ImportJourneyButton() {
  const t = useT()
  const i = t.reports.importJourney
  const inputRef = useRef<HTMLInputElement>(null)
  const [problem, setProblem] = useState<JourneyFileProblem | null>(null)
  const [reading, setReading] = useState(false)
  const hintId = useId()
  const errorId = useId()

  const open = async (file: File) => {
    setReading(true)
    setProblem(null)
    const result = await parseJourneyFile(file)
    setReading(false)
    if (!result.ok) {
      setProblem(result.problem)
      return
    }
    // A new board every time: importing never overwrites a board someone is working on.
    const boardId = createBoardId()
    requestBoardSetup(boardId, { title: result.journey.lifeEvent.name, journey: result.journey })
    navigate(boardPath(boardId))
  }

  return (
    <div className="open-file import-journey">
      <button
        type="button"
        className="button button--secondary button--large"
        data-testid="import-journey"
        aria-describedby={problem ? `${hintId} ${errorId}` : hintId}
        disabled={reading}
        onClick={() => inputRef.current?.click()}
      >
        <JsonIcon />
        {reading ? i.reading : i.button}
      </button>
      <span id={hintId} className="visually-hidden">
        {i.hint}
      </span>
      <input
        ref={inputRef}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="import-journey-input"
        onChange={(event) => {
          const file = event.target.files?.[0]
          event.target.value = ''
          if (file) void open(file)
        }}
      />
      {problem && <ImportProblem id={errorId} problem={problem} />}
    </div>
  )
}

function ImportProblem({ id, problem }: { id: string; problem: JourneyFileProblem }) {
  const i = useT().reports.importJourney
  if (problem.code !== 'invalid-journey') {
    return (
      <p id={id} className="open-file__error" role="alert" data-testid="import-journey-error" data-code={problem.code}>
        {i.errors[problem.code]} {i.nothingChanged}
      </p>
    )
  }
  const { lines, more } = listJourneyIssues(problem.issues, i)
  return (
    <div id={id} className="open-file__error import-journey__error" role="alert" data-testid="import-journey-error" data-code={problem.code}>
      <p>{i.errors['invalid-journey'](problem.issues.length)}</p>
      <ul>
        {lines.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
      {more > 0 && <p>{i.more(more)}</p>}
      <p>{i.nothingChanged}</p>
    </div>
  )
}

function JsonIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d="M8 3H7a2 2 0 0 0-2 2v5a2 2 0 0 1-2 2 2 2 0 0 1 2 2v5a2 2 0 0 0 2 2h1" />
      <path d="M16 21h1a2 2 0 0 0 2-2v-5a2 2 0 0 1 2-2 2 2 0 0 1-2-2V5a2 2 0 0 0-2-2h-1" />
    </svg>
  )
}
