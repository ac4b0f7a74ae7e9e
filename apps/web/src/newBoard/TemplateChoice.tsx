import { findCatalogueAgency, journeyTemplates, type JourneyTemplate } from '@sammen/journey-model'
import { useId, type CSSProperties } from 'react'
import { useT } from '../i18n'

/** The value of the "Tom tavle" option; template ids are kebab-case names, so this cannot clash. */
export const BLANK_BOARD = 'blank'

interface TemplateChoiceProps {
  value: string | null
  onChange: (value: string) => void
  /** Id of the section heading that names the group. */
  labelledBy: string
  errorId?: string
}

/**
 * The life events as large cards in one native radio group: Tab enters the group, the arrow keys move and
 * choose, and each card's accessible name is just the life event (its description and size are the description).
 * The transparent radio covers the whole card, so a click anywhere on it chooses it.
 */
export function TemplateChoice({ value, onChange, labelledBy, errorId }: TemplateChoiceProps) {
  const t = useT()
  return (
    <div className="template-grid" role="radiogroup" aria-labelledby={labelledBy} aria-describedby={errorId}>
      {journeyTemplates.map((template) => (
        <TemplateCard key={template.id} template={template} checked={value === template.id} onChange={onChange} />
      ))}
      <ChoiceCard
        value={BLANK_BOARD}
        name={t.newBoard.blank}
        description={t.newBoard.blankDescription}
        checked={value === BLANK_BOARD}
        onChange={onChange}
        blank
      />
    </div>
  )
}

function TemplateCard({ template, checked, onChange }: { template: JourneyTemplate; checked: boolean; onChange: (value: string) => void }) {
  const t = useT()
  const colours = template.agencyIds.map((id) => findCatalogueAgency(id)?.colour).filter((colour) => colour !== undefined)
  return (
    <ChoiceCard
      value={template.id}
      name={template.name}
      description={template.description}
      meta={t.newBoard.templateSummary(template.phases.length, template.steps.length, template.painPoints.length)}
      colours={colours}
      checked={checked}
      onChange={onChange}
    />
  )
}

interface ChoiceCardProps {
  value: string
  name: string
  description: string
  meta?: string
  /** The agencies' colours, as a quiet preview of who is involved. */
  colours?: string[]
  checked: boolean
  blank?: boolean
  onChange: (value: string) => void
}

function ChoiceCard({ value, name, description, meta, colours = [], checked, blank = false, onChange }: ChoiceCardProps) {
  const inputId = useId()
  const descriptionId = useId()
  return (
    <div className={`template-card${blank ? ' template-card--blank' : ''}`} data-testid="template-card" data-template={value}>
      <input
        id={inputId}
        className="template-card__input"
        type="radio"
        name="template"
        value={value}
        checked={checked}
        onChange={() => onChange(value)}
        aria-describedby={descriptionId}
      />
      <span className="template-card__check" aria-hidden="true" />
      <label htmlFor={inputId} className="template-card__name">
        {name}
      </label>
      <span id={descriptionId} className="template-card__body">
        <span className="template-card__description">{description}</span>
        {meta && <span className="template-card__meta">{meta}</span>}
      </span>
      {colours.length > 0 && (
        <span className="template-card__agencies" aria-hidden="true">
          {colours.map((colour, index) => (
            <span key={index} className="template-card__agency" style={{ '--agency-colour': colour } as CSSProperties} />
          ))}
        </span>
      )}
      {blank && <span className="template-card__blank-art" aria-hidden="true" />}
    </div>
  )
}
