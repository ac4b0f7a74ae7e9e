import type { PainPointCategory } from '@sammen/journey-model'
import type { PainPointProps } from '@sammen/journey-shapes'
import { memo, useState, type CSSProperties } from 'react'
import { ConfirmDialog } from '../components/ConfirmDialog'
import { useT } from '../i18n'
import { agencyDisplay } from '../shapes/agencyDisplay'
import { DraftTextField } from './DraftTextField'
import { outlineIds, useOutlineEditing, type OutlineChangeKind } from './OutlineEditContext'
import { requestRemoval, updatePainPoint, type RemovalRequest } from './outlineEdits'
import type { OutlinePainPoint } from './outlineModel'
import { TrashIcon } from './OutlineIcons'
import { AgencyOptionList, CategoryOptions, SeverityOptions } from './OutlineOptions'
import { OutlineSelect } from './OutlineSelect'

/** One pain point: its text, owner (always one: there is no empty choice), severity and kind, and delete. */
export const OutlinePainPointItem = memo(function OutlinePainPointItem({ painPoint, number, focusAfterDelete }: { painPoint: OutlinePainPoint; number: number; focusAfterDelete: string }) {
  const t = useT()
  const editing = useOutlineEditing()
  const { store, canEdit, boardAgencies } = editing
  const [removal, setRemoval] = useState<RemovalRequest | null>(null)
  const headingId = outlineIds.painPoint(painPoint.id)
  const owner = agencyDisplay(painPoint.ownerAgencyId, new Map(boardAgencies.map((agency) => [agency.id, agency])))
  const name = painPoint.text.trim() || t.outlineView.noText

  const update = (kind: OutlineChangeKind, props: Partial<PainPointProps>, coalesceKey?: string) =>
    editing.apply(kind, updatePainPoint(store, painPoint.id, props), { coalesceKey })

  return (
    <li
      className="outline-pain-point"
      data-testid="outline-pain-point"
      data-shape-id={painPoint.id}
      style={{ '--agency-colour': owner?.colour ?? 'var(--color-border-strong)' } as CSSProperties}
    >
      <div role="group" aria-labelledby={headingId}>
        <div className="outline-item__head">
          <p id={headingId} tabIndex={-1} className="outline-pain-point__title">
            {t.outlineView.painPoint(number)}
            <span className="visually-hidden">{`: ${name}`}</span>
          </p>
          <span className="outline-chip" aria-hidden="true">
            {`${owner?.shortName ?? ''} · ${t.cards.severity(painPoint.severity)}`}
          </span>
          {canEdit && (
            <button type="button" className="outline-icon-button outline-icon-button--danger" aria-label={t.outlineView.deletePainPoint(name)} title={t.outlineView.deletePainPoint(name)} onClick={() => setRemoval(requestRemoval(store, [painPoint.id]))}>
              <TrashIcon />
            </button>
          )}
        </div>
        <DraftTextField
          label={t.outlineView.painPointText}
          value={painPoint.text}
          multiline
          readOnly={!canEdit}
          testId="outline-pain-point-text"
          privacyKey={painPoint.id}
          onCommit={(text, key) => update('text', { text }, `pain-text:${painPoint.id}:${key}`)}
          onDone={editing.seal}
        />
        <div className="outline-item__details">
          <OutlineSelect label={t.outlineView.owner} value={painPoint.ownerAgencyId} disabled={!canEdit} onChange={(ownerAgencyId) => update('owner', { ownerAgencyId })}>
            <AgencyOptionList boardAgencies={boardAgencies} currentId={painPoint.ownerAgencyId} />
          </OutlineSelect>
          <OutlineSelect
            label={t.outlineView.severity}
            value={String(painPoint.severity)}
            disabled={!canEdit}
            onChange={(value) => update('severity', { severity: Number(value) as PainPointProps['severity'] })}
          >
            <SeverityOptions />
          </OutlineSelect>
          <OutlineSelect label={t.outlineView.category} value={painPoint.category} disabled={!canEdit} onChange={(value) => update('category', { category: value as PainPointCategory })}>
            <CategoryOptions />
          </OutlineSelect>
        </div>
      </div>
      {removal && (
        <ConfirmDialog
          title={t.outlineView.confirmDeletePainPointTitle}
          confirmLabel={t.outlineView.confirmDelete}
          cancelLabel={t.outlineView.cancel}
          onCancel={() => setRemoval(null)}
          onConfirm={() => {
            setRemoval(null)
            if (editing.apply('deletePainPoint', removal.change(), { announce: t.outlineView.painPointDeleted })) editing.focusLater(focusAfterDelete)
          }}
        >
          <p>{t.outlineView.confirmDeletePainPointBody(name, removal.arrows)}</p>
        </ConfirmDialog>
      )}
    </li>
  )
})
