import { createBoardId, findJourneyTemplate, journeyFromTemplate, type Agency } from '@sammen/journey-model'
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { fetchServerMode, rememberedServerMode } from '../access/serverMode'
import { useWorkspaceToken } from '../access/workspaceLink'
import { LanguageSwitch } from '../components/LanguageSwitch'
import { SammenLogo } from '../components/SammenLogo'
import { useT } from '../i18n'
import { Link } from '../routing/Link'
import { boardPath, navigate } from '../routing/router'
import { AgencyChecklist } from './AgencyChecklist'
import { requestBoardSetup } from './pendingBoardSetup'
import { BLANK_BOARD, TemplateChoice } from './TemplateChoice'
import { useStickyBarScrollPadding } from './useStickyBarScrollPadding'

const MAX_SITUATION_LENGTH = 1000

/**
 * `/ny`: one page, three questions (life event, the person's situation, agencies) and "Lag tavla". A page rather
 * than a dialog: the back button works, and a screen reader reads it top to bottom like any form.
 */
export function NewBoardPage() {
  const t = useT()
  const ids = { template: useId(), situation: useId(), situationHint: useId(), agencies: useId(), error: useId() }
  const [choice, setChoice] = useState<string | null>(null)
  const [situation, setSituation] = useState('')
  const [situationEdited, setSituationEdited] = useState(false)
  const [agencyIds, setAgencyIds] = useState<string[]>([])
  const [ownAgencies, setOwnAgencies] = useState<Agency[]>([])
  const [showError, setShowError] = useState(false)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const actionsRef = useRef<HTMLDivElement>(null)
  const createRef = useRef<HTMLButtonElement>(null)
  useStickyBarScrollPadding(actionsRef)
  const template = choice === null || choice === BLANK_BOARD ? undefined : findJourneyTemplate(choice)
  // On a secured server only a workspace link may make a board; without one the board would open read-only.
  const [mode, setMode] = useState(rememberedServerMode)
  const workspace = useWorkspaceToken()
  const blocked = mode === 'secured' && workspace === null
  useEffect(() => {
    void fetchServerMode().then((answer) => answer && setMode(answer.mode))
  }, [])

  useEffect(() => {
    document.title = `${t.newBoard.title} – Sammen`
  }, [t])
  // In-app navigation keeps focus on the button that led here; start the page from its heading instead.
  useEffect(() => headingRef.current?.focus(), [])

  function choose(value: string) {
    setChoice(value)
    setShowError(false)
    const next = findJourneyTemplate(value)
    if (!next) return
    // A situation the person wrote themselves is theirs; an untouched one follows the life event.
    if (!situationEdited) setSituation(next.situation)
    // Agencies the person added themselves stay chosen when the life event changes: they are not the template's.
    const ownIds = new Set(ownAgencies.map((agency) => agency.id as string))
    setAgencyIds([...next.agencyIds, ...agencyIds.filter((id) => ownIds.has(id))])
  }

  function create(event: FormEvent) {
    event.preventDefault()
    if (blocked) {
      document.querySelector<HTMLElement>('[data-testid="new-board-secured"]')?.focus()
      return
    }
    if (choice === null) {
      setShowError(true)
      document.querySelector<HTMLInputElement>('.template-card__input')?.focus()
      return
    }
    const boardId = createBoardId()
    if (template) {
      const journey = journeyFromTemplate(template, { situation: situation.trim() || template.situation, agencyIds, ownAgencies })
      requestBoardSetup(boardId, { title: template.name, journey })
    }
    navigate(boardPath(boardId))
  }

  return (
    <div className="start-page new-board-page">
      <a className="skip-link" href="#main">
        {t.app.skipToContent}
      </a>
      <header className="start-header">
        <Link href="/" className="start-header__brand start-header__home">
          <SammenLogo size={28} />
          <span className="start-header__wordmark">Sammen</span>
        </Link>
        <LanguageSwitch />
      </header>

      <main id="main" className="start-main new-board" tabIndex={-1}>
        <Link href="/" className="new-board__back">
          <span aria-hidden="true">←</span> {t.newBoard.back}
        </Link>
        <h1 ref={headingRef} className="new-board__title" tabIndex={-1}>
          {t.newBoard.title}
        </h1>
        <p className="new-board__intro">{t.newBoard.intro}</p>
        {blocked && (
          <p className="new-board__error" role="alert" tabIndex={-1} data-testid="new-board-secured">
            {t.newBoard.securedNeedsWorkspace}
          </p>
        )}

        <form className="new-board__form" onSubmit={create} noValidate data-testid="new-board-form">
          <section className="new-board__section" aria-labelledby={ids.template}>
            <h2 id={ids.template} className="new-board__heading">
              <span className="new-board__number" aria-hidden="true">1</span>
              {t.newBoard.templateHeading}
            </h2>
            {showError && (
              <p id={ids.error} className="new-board__error" role="alert">
                {t.newBoard.chooseTemplateFirst}
              </p>
            )}
            <TemplateChoice value={choice} onChange={choose} labelledBy={ids.template} errorId={showError ? ids.error : undefined} />
            {/* The life event fills in the rest, so by keyboard the way to "Lag tavla" is short: the life events,
                this link, Enter; not every agency checkbox in between. Shown when it has focus, like any skip link. */}
            <a
              className="new-board__skip"
              href="#create-board"
              data-testid="skip-to-create"
              onClick={(event) => {
                event.preventDefault()
                createRef.current?.focus()
              }}
            >
              {t.newBoardKeys.skipToCreate}
            </a>
          </section>

          {template && (
            <>
              <section className="new-board__section" aria-labelledby={`${ids.situation}-heading`}>
                <h2 id={`${ids.situation}-heading`} className="new-board__heading">
                  <span className="new-board__number" aria-hidden="true">2</span>
                  {t.newBoard.situationHeading}
                </h2>
                <div className="field new-board__situation">
                  <label htmlFor={ids.situation}>{t.newBoard.situationLabel}</label>
                  <p id={ids.situationHint} className="new-board__hint">
                    {t.newBoard.situationHint}
                  </p>
                  <textarea
                    id={ids.situation}
                    className="text-input new-board__situation-input"
                    rows={2}
                    maxLength={MAX_SITUATION_LENGTH}
                    value={situation}
                    aria-describedby={ids.situationHint}
                    onChange={(event) => {
                      setSituation(event.target.value)
                      setSituationEdited(true)
                    }}
                  />
                </div>
              </section>

              <section className="new-board__section" aria-labelledby={ids.agencies}>
                <h2 id={ids.agencies} className="new-board__heading">
                  <span className="new-board__number" aria-hidden="true">3</span>
                  {t.newBoard.agenciesHeading}
                </h2>
                <p className="new-board__hint">{t.newBoard.agenciesIntro}</p>
                <AgencyChecklist
                  selected={agencyIds}
                  fromTemplate={template.agencyIds}
                  onChange={setAgencyIds}
                  ownAgencies={ownAgencies}
                  onAddOwn={(agency) => {
                    setOwnAgencies((current) => [...current, agency])
                    setAgencyIds((current) => [...current, agency.id])
                  }}
                  labelledBy={ids.agencies}
                />
              </section>
            </>
          )}

          <div ref={actionsRef} className="new-board__actions">
            <p className="new-board__summary" aria-hidden="true">
              {template ? template.name : choice === BLANK_BOARD ? t.newBoard.blank : ''}
            </p>
            <Link href="/" className="button button--secondary">
              {t.newBoard.cancel}
            </Link>
            <button
              ref={createRef}
              id="create-board"
              type="submit"
              className="button button--primary button--large"
              aria-disabled={blocked}
              data-testid="create-board"
            >
              {t.newBoard.create}
            </button>
          </div>
        </form>
      </main>
    </div>
  )
}
