import type { Annotation } from '@sammen/journey-model'
import type { AnnotationsRoom, BoardRoom } from '@sammen/sync'
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import type { TLStore } from 'tldraw'
import { useAccessRefusal, useBoardAccess } from '../access/useBoardAccess'
import { annotationAuthorFor } from '../annotations/annotationAuthor'
import { AnnotationsProvider, useAnnotationList, useAnnotationsRoom, useAnnotationsStatus } from '../room/annotationsRoom'
import { FeelingFace } from '../annotations/FeelingFace'
import { SammenLogo } from '../components/SammenLogo'
import { useT } from '../i18n'
import { Link } from '../routing/Link'
import { useAppStore } from '../state/appStore'
import { useRoomTitle } from '../room/useBoardRoom'
import { FacilitationAnnouncements } from '../facilitation/FacilitationAnnouncements'
import { TimerChip } from '../facilitation/TimerChip'
import { useSharedTimer } from '../facilitation/useFacilitationState'
import '../facilitation/facilitation.css'
import { ownAnnotationIds } from './ownAnnotations'
import { PanelAnnotationForm } from './PanelAnnotationForm'
import { panelJourney, type PanelJourney, type PanelStep } from './panelSteps'
import './panel.css'

/**
 * What a user-panel member sees instead of the canvas: the journey as phases and steps in plain text, and for
 * each step a way to say how it was. No tldraw, no tools: a page that reads top to bottom and works by keyboard.
 */
export function PanelView({ store, room }: { store: TLStore; room: BoardRoom }) {
  return (
    <AnnotationsProvider boardId={room.boardId}>
      <PanelPage store={store} room={room} />
    </AnnotationsProvider>
  )
}

function PanelPage({ store, room }: { store: TLStore; room: BoardRoom }) {
  const t = useT()
  const texts = t.userPanel
  const title = useRoomTitle(room).trim() || t.board.untitled
  const journey = usePanelJourney(store)
  const access = useBoardAccess()
  const accessRefusal = useAccessRefusal()
  const annotations = useAnnotationsRoom()
  const [announcement, setAnnouncement] = useState('')
  // The workshop's countdown reaches the panel too; following a viewport does not apply to a page without a canvas.
  const timer = useSharedTimer(room)

  useEffect(() => {
    document.title = `${texts.viewHeading} – ${title} – Sammen`
  }, [texts.viewHeading, title])

  const isEmpty = journey.phases.length === 0 && journey.otherSteps.length === 0
  // Local-first: an annotation written without a connection is kept and sent later; say which of the two happened.
  const annotationsStatus = useAnnotationsStatus(annotations)
  const onSent = () => setAnnouncement(annotationsStatus.phase === 'offline' ? texts.sentOffline : texts.sent)
  // A refused annotations socket stops retrying (AnnotationsProvider); nothing written here could be sent then.
  const refused = annotationsStatus.refusal !== null || accessRefusal !== null
  const stepProps = { annotations, canAnnotate: access.canAnnotate && !refused, onSent }

  return (
    <>
      {/* The timer's announcements, apart from the page's own status line about comments. */}
      <FacilitationAnnouncements />
      <div className="panel-view" data-testid="panel-view">
        <header className="panel-view__header">
          <Link href="/" className="panel-view__home" aria-label={t.board.backToStart} title={t.board.backToStart}>
            <SammenLogo size={28} />
          </Link>
          <p className="panel-view__board-title">{title}</p>
          <TimerChip timer={timer} />
        </header>
        <main id="main" className="panel-view__main" tabIndex={-1}>
          <h1>{texts.viewHeading}</h1>
          <p className="panel-view__intro">{texts.intro}</p>
          {!refused && <p className="panel-view__note">{access.canAnnotate ? texts.readOnlyNote : texts.viewerNote}</p>}
          {refused && (
            <p role="alert" className="panel-view__note panel-view__note--problem" data-testid="panel-refused">
              {texts.refused}
            </p>
          )}
          {access.canAnnotate && !refused && <PanelNameField />}
          <p role="status" className="panel-view__status">
            {announcement}
          </p>
          <h2>{texts.stepsHeading}</h2>
          {isEmpty && <p className="panel-view__empty">{texts.noSteps}</p>}
          {journey.phases.map((phase) => (
            <PhaseSection key={phase.id} heading={phase.name} steps={phase.steps} {...stepProps} />
          ))}
          {journey.otherSteps.length > 0 && <PhaseSection heading={texts.otherSteps} steps={journey.otherSteps} {...stepProps} />}
        </main>
      </div>
    </>
  )
}

/** Re-reads the board whenever its document changes (others keep editing while the panel reads). */
function usePanelJourney(store: TLStore): PanelJourney {
  const [journey, setJourney] = useState(() => panelJourney(store.allRecords()))
  useEffect(() => {
    setJourney(panelJourney(store.allRecords()))
    return store.listen(() => setJourney(panelJourney(store.allRecords())), { scope: 'document' })
  }, [store])
  return journey
}

function PanelNameField() {
  const t = useT()
  const id = useId()
  const name = useAppStore((state) => state.person.name)
  const setName = useAppStore((state) => state.setPersonName)
  return (
    <div className="panel-view__name">
      <label htmlFor={id}>{t.userPanel.nameLabel}</label>
      <p id={`${id}-hint`} className="panel-form__hint">
        {t.userPanel.nameHint}
      </p>
      <input id={id} type="text" value={name} autoComplete="nickname" aria-describedby={`${id}-hint`} onChange={(event) => setName(event.target.value)} />
    </div>
  )
}

interface StepListProps {
  annotations: AnnotationsRoom | null
  canAnnotate: boolean
  onSent: () => void
}

function PhaseSection({ heading, steps, ...rest }: { heading: string; steps: PanelStep[] } & StepListProps) {
  const id = useId()
  return (
    <section className="panel-phase" aria-labelledby={id}>
      <h3 id={id}>{heading}</h3>
      <ol className="panel-phase__steps">
        {steps.map((step) => (
          <PanelStepItem key={step.shapeId} step={step} {...rest} />
        ))}
      </ol>
    </section>
  )
}

function PanelStepItem({ step, annotations, canAnnotate, onSent }: { step: PanelStep } & StepListProps) {
  const t = useT()
  const texts = t.userPanel
  const id = useId()
  const person = useAppStore((state) => state.person)
  const { annotations: all } = useAnnotationList(annotations)
  const [open, setOpen] = useState(false)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const own = useMemo(() => {
    const mine = annotations ? ownAnnotationIds(annotations.boardId) : new Set<string>()
    return all.filter((annotation) => annotation.targetShapeId === step.shapeId && mine.has(annotation.id))
  }, [all, annotations, step.shapeId])

  const close = () => {
    setOpen(false)
    // The form is gone; put focus back where the person started.
    requestAnimationFrame(() => buttonRef.current?.focus())
  }

  return (
    <li className="panel-step" data-testid="panel-step" data-shape-id={step.shapeId}>
      <p className="panel-step__text" id={`${id}-text`}>
        {step.text}
      </p>
      {own.length > 0 && (
        <div className="panel-step__own">
          <h4 className="visually-hidden">{texts.yourComments}</h4>
          <ul className="panel-own-list" aria-label={texts.commentsHere(own.length)}>
            {own.map((annotation) => (
              <OwnAnnotation key={annotation.id} annotation={annotation} />
            ))}
          </ul>
        </div>
      )}
      {canAnnotate && annotations && !open && (
        <button
          ref={buttonRef}
          type="button"
          className="button button--secondary button--large panel-step__add"
          aria-describedby={`${id}-text`}
          onClick={() => setOpen(true)}
        >
          {texts.addComment}
        </button>
      )}
      {canAnnotate && annotations && open && (
        <PanelAnnotationForm
          room={annotations}
          targetShapeId={step.shapeId}
          stepText={step.text}
          author={annotationAuthorFor(person, t.person.guest)}
          onSent={() => {
            onSent()
            close()
          }}
          onCancel={close}
        />
      )}
    </li>
  )
}

function OwnAnnotation({ annotation }: { annotation: Annotation }) {
  const texts = useT().userPanel
  return (
    <li className="panel-own" data-testid="own-annotation" data-handled={annotation.handled !== null}>
      <span className="panel-own__feeling">
        <FeelingFace feeling={annotation.feeling} size={24} />
        {texts.feelings[annotation.feeling]}
      </span>
      <span className="panel-own__text">{annotation.text}</span>
      <span className="panel-own__status" data-testid="own-annotation-status">
        {annotation.handled ? texts.handledBy(annotation.handled.by) : texts.open}
      </span>
    </li>
  )
}
