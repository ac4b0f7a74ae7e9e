import { findPersonalData, type Agency, type Journey, type ResolvedPainPoint } from '@sammen/journey-model'
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react'
import type { TLStore } from 'tldraw'
import { useT } from '../i18n'
import { PersonalDataNotice } from '../privacy/PersonalDataNotice'
import { AgencyLabel } from '../components/AgencyLabel'
import { forgetResolution, recordResolution, RESOLUTION_NOTE_MAX } from './resolutionEdits'

/** The to-be board's cards a resolution may name: its steps and its opportunities. */
export interface ResolvingCards {
  steps: { id: string; label: string }[]
  opportunities: { id: string; label: string }[]
  ids: ReadonlySet<string>
}

const short = (text: string) => (text.length > 80 ? `${text.slice(0, 79).trimEnd()}…` : text)

export function useResolvingCards(toBe: Journey): ResolvingCards {
  return useMemo(() => {
    const agencyById = new Map<string, Agency>(toBe.agencies.map((agency) => [agency.id, agency]))
    const steps = toBe.steps.map((step) => ({ id: step.id as string, label: `${short(step.text)} (${agencyById.get(step.agencyId)?.shortName ?? step.agencyId})` }))
    const opportunities = toBe.opportunities.map((opportunity) => ({ id: opportunity.id as string, label: short(opportunity.text) }))
    return { steps, opportunities, ids: new Set([...steps, ...opportunities].map((card) => card.id)) }
  }, [toBe])
}

/**
 * The as-is pain points the to-be board no longer has, each with what resolves it: for editors and facilitators a
 * small form (a card of the to-be board and a note, written into the to-be board's document for everyone), for the
 * others what has been written.
 */
export function ResolvedPainPoints({
  resolved,
  cards,
  store,
  canEdit,
  announce,
}: {
  resolved: readonly ResolvedPainPoint[]
  cards: ResolvingCards
  store: TLStore
  canEdit: boolean
  announce: (message: string) => void
}) {
  const t = useT()
  const r = t.reports.painPoints
  return (
    <ul className="comparison-resolved" data-testid="resolved-pain-points">
      {resolved.map((entry) => (
        <li key={entry.painPoint.id} className="comparison-resolved__item" data-testid="resolved-pain-point" data-pain-point-id={entry.painPoint.id}>
          <p className="comparison-resolved__text">{entry.painPoint.text}</p>
          <p className="comparison-resolved__facts">
            <AgencyLabel agency={entry.agency} id={entry.painPoint.agencyId} />
            <span>{entry.phase?.name ?? r.withoutPhase}</span>
            <span>{r.severity(entry.painPoint.severity)}</span>
            <span>{t.cards.categories[entry.painPoint.category]}</span>
          </p>
          {canEdit ? <ResolutionForm entry={entry} cards={cards} store={store} announce={announce} /> : <ResolutionText entry={entry} />}
        </li>
      ))}
    </ul>
  )
}

function ResolutionText({ entry }: { entry: ResolvedPainPoint }) {
  const c = useT().stages.comparison
  const resolution = entry.resolution
  if (resolution === null) return <p className="comparison-resolution comparison-resolution--empty">{c.resolution.notRecorded}</p>
  return (
    <dl className="comparison-resolution" data-testid="resolution-text">
      <dt>{c.painPoints.resolvedBy}</dt>
      <dd>{resolution.card?.text ?? (resolution.byShapeId !== null ? c.resolution.missingCard : c.resolution.none)}</dd>
      {resolution.note !== '' && (
        <>
          <dt>{c.resolution.note}</dt>
          <dd>{resolution.note}</dd>
        </>
      )}
    </dl>
  )
}

function ResolutionForm({ entry, cards, store, announce }: { entry: ResolvedPainPoint; cards: ResolvingCards; store: TLStore; announce: (message: string) => void }) {
  const t = useT()
  const c = t.stages.comparison.resolution
  const recorded = entry.resolution
  const recordedCard = recorded?.byShapeId ?? ''
  const recordedNote = recorded?.note ?? ''
  const [cardId, setCardId] = useState(recordedCard)
  const [note, setNote] = useState(recordedNote)
  const [dirty, setDirty] = useState(false)
  const [warningFor, setWarningFor] = useState<string | null>(null)
  const noticeRef = useRef<HTMLDivElement>(null)
  const noteRef = useRef<HTMLInputElement>(null)
  const selectId = useId()
  const noteId = useId()
  const hintId = useId()
  const problem = entry.painPoint.text
  const missingCard = recordedCard !== '' && !cards.ids.has(recordedCard)

  // Someone else's change arrives: take it, unless this person is in the middle of their own.
  useEffect(() => {
    if (dirty) return
    setCardId(recordedCard)
    setNote(recordedNote)
  }, [recordedCard, recordedNote, dirty])

  useEffect(() => {
    if (warningFor !== null) noticeRef.current?.focus()
  }, [warningFor])

  const write = () => {
    setWarningFor(null)
    const byShapeId = cardId === '' || !cards.ids.has(cardId) ? null : cardId
    if (byShapeId === null && note.trim() === '') {
      forgetResolution(store, entry.painPoint.id)
      announce(c.cleared(problem))
    } else if (recordResolution(store, { painPointId: entry.painPoint.id, byShapeId, note }, cards.ids)) {
      announce(c.saved(problem))
    }
    setDirty(false)
  }

  const save = (event: FormEvent) => {
    event.preventDefault()
    // A note is shared with everyone on the board: warn before what looks like personal data leaves this tab.
    if (findPersonalData(note).length > 0 && warningFor !== note) {
      setWarningFor(note)
      return
    }
    write()
  }

  const clear = () => {
    forgetResolution(store, entry.painPoint.id)
    setCardId('')
    setNote('')
    setDirty(false)
    setWarningFor(null)
    announce(c.cleared(problem))
  }

  return (
    <form className="comparison-resolution-form" aria-label={c.formLabel(problem)} onSubmit={save} data-testid="resolution-form">
      <div className="comparison-resolution-form__field">
        <label htmlFor={selectId}>{c.select}</label>
        <select
          id={selectId}
          value={missingCard ? '' : cardId}
          onChange={(event) => {
            setCardId(event.target.value)
            setDirty(true)
          }}
          data-testid="resolution-card"
        >
          <option value="">{c.none}</option>
          {cards.steps.length > 0 && (
            <optgroup label={c.steps}>
              {cards.steps.map((card) => (
                <option key={card.id} value={card.id}>
                  {card.label}
                </option>
              ))}
            </optgroup>
          )}
          {cards.opportunities.length > 0 && (
            <optgroup label={c.opportunities}>
              {cards.opportunities.map((card) => (
                <option key={card.id} value={card.id}>
                  {card.label}
                </option>
              ))}
            </optgroup>
          )}
        </select>
        {missingCard && <p className="comparison-resolution-form__missing">{c.missingCard}</p>}
      </div>
      <div className="comparison-resolution-form__field comparison-resolution-form__field--note">
        <label htmlFor={noteId}>{c.note}</label>
        <input
          ref={noteRef}
          id={noteId}
          type="text"
          value={note}
          maxLength={RESOLUTION_NOTE_MAX}
          aria-describedby={hintId}
          onChange={(event) => {
            setNote(event.target.value)
            setDirty(true)
          }}
          data-testid="resolution-note"
        />
        <p id={hintId} className="comparison-resolution-form__hint">
          {c.noteHint}
        </p>
      </div>
      {warningFor !== null && (
        <PersonalDataNotice
          ref={noticeRef}
          hits={findPersonalData(warningFor)}
          proceedLabel={t.userPanel.personalData.shareAnyway}
          onEdit={() => {
            setWarningFor(null)
            noteRef.current?.focus()
          }}
          onProceed={write}
        />
      )}
      <div className="comparison-resolution-form__actions">
        <button type="submit" className="button button--primary" data-testid="resolution-save">
          {c.save}
        </button>
        {recorded !== null && (
          <button type="button" className="button button--secondary" onClick={clear} data-testid="resolution-clear">
            {c.clear}
          </button>
        )}
      </div>
    </form>
  )
}
