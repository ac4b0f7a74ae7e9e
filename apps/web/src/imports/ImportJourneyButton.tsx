import { createBoardId, type Journey } from '@sammen/journey-model'
import { useEffect, useId, useRef, useState } from 'react'
import { copyTitle } from '../format/copyTitle'
import { getDictionary, LANGUAGES, useT } from '../i18n'
import { requestBoardSetup } from '../newBoard/pendingBoardSetup'
import { boardPath, navigate } from '../routing/router'
import { useAppStore } from '../state/appStore'
import { localBoardTitles } from '../sync/database'
import { listJourneyIssues } from './describeJourneyIssue'
import { countNotLaidOut, notLaidOutLines, type NotLaidOut } from './notLaidOut'
import { parseJourneyFile, type JourneyFileProblem } from './parseJourneyFile'
import './imports.css'

/** The person's name in every language: the seeded actor map's "Personen" in a file from any of them. */
const PERSON_NAMES = LANGUAGES.map((language) => getDictionary(language).moreCards.person)

/** A readable file whose board would lack some of its items, waiting for the person to go ahead or not. */
interface PendingImport {
  journey: Journey
  notLaidOut: NotLaidOut
}

/**
 * "Importer reise (JSON)": a journey file exported from Sammen becomes a new board, laid out by the same code as a
 * template. A broken file changes nothing and says what is wrong, item by item. The layout draws only steps, pain
 * points and handoffs, so when the file holds more (opportunities, benefits, actors, relations) the person is told
 * what will be missing and chooses, before any board is made.
 */
export function ImportJourneyButton() {
  const t = useT()
  const language = useAppStore((state) => state.language)
  const i = t.reports.importJourney
  const inputRef = useRef<HTMLInputElement>(null)
  const [problem, setProblem] = useState<JourneyFileProblem | null>(null)
  const [reading, setReading] = useState(false)
  const [pending, setPending] = useState<PendingImport | null>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const hintId = useId()
  const errorId = useId()

  const create = async (journey: Journey) => {
    // A new board every time: importing never overwrites a board someone is working on. Its title says where it
    // came from ("Bygge hus (fra fil 6. des.)"), so the start page never shows it as the board it was exported from.
    const boardId = createBoardId()
    const title = copyTitle(journey.lifeEvent.name, { kind: 'from-file', at: Date.now() }, language, await localBoardTitles().catch(() => []), t.board.untitled)
    requestBoardSetup(boardId, { title, journey })
    navigate(boardPath(boardId))
  }

  const open = async (file: File) => {
    setReading(true)
    setProblem(null)
    setPending(null)
    const result = await parseJourneyFile(file)
    setReading(false)
    if (!result.ok) {
      setProblem(result.problem)
      return
    }
    const notLaidOut = countNotLaidOut(result.journey, PERSON_NAMES)
    if (Object.values(notLaidOut).some((count) => count > 0)) setPending({ journey: result.journey, notLaidOut })
    else await create(result.journey)
  }

  const cancel = () => {
    setPending(null)
    buttonRef.current?.focus()
  }

  return (
    <div className="open-file import-journey">
      <button
        ref={buttonRef}
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
      {pending && <NotLaidOutConfirm notLaidOut={pending.notLaidOut} onCreate={() => void create(pending.journey)} onCancel={cancel} />}
    </div>
  )
}

/**
 * Asked before the board is made, not after: the board page does not know where its journey came from, and a
 * person who needs those items can still choose to keep working from the file instead.
 */
function NotLaidOutConfirm({ notLaidOut, onCreate, onCancel }: { notLaidOut: NotLaidOut; onCreate: () => void; onCancel: () => void }) {
  const n = useT().reports.importJourney.notLaidOut
  const lines = notLaidOutLines(notLaidOut, n.kinds)
  const createRef = useRef<HTMLButtonElement>(null)
  const headingId = useId()
  const detailsId = useId()

  // The choice appears after a file dialog, so focus goes to it; the button's description reads out what is lost.
  useEffect(() => createRef.current?.focus(), [])

  return (
    <div
      className="import-journey__confirm"
      role="group"
      aria-labelledby={headingId}
      data-testid="import-journey-not-laid-out"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation()
          onCancel()
        }
      }}
    >
      <p id={headingId} className="import-journey__confirm-heading">
        {n.heading}
      </p>
      <div id={detailsId}>
        <p>{n.intro}</p>
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p>{n.afterwards}</p>
      </div>
      <div className="import-journey__confirm-actions">
        <button ref={createRef} type="button" className="button button--primary" aria-describedby={detailsId} data-testid="import-journey-create" onClick={onCreate}>
          {n.create}
        </button>
        <button type="button" className="button button--secondary" data-testid="import-journey-cancel" onClick={onCancel}>
          {n.cancel}
        </button>
      </div>
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
