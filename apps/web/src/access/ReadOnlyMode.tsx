import { useEffect } from 'react'
import { useEditor } from 'tldraw'
import { useT } from '../i18n'
import { useBoardAccess } from './boardAccess'
import { AccessBadge } from './AccessBadge'

/**
 * Inside tldraw: puts the editor in read-only mode for roles that may not change the journey (the
 * server refuses their changes anyway; this keeps the UI honest) and says so with a badge.
 */
export function ReadOnlyMode() {
  const t = useT().access
  const editor = useEditor()
  const { canEdit } = useBoardAccess()

  useEffect(() => {
    if (editor.getInstanceState().isReadonly !== !canEdit) editor.updateInstanceState({ isReadonly: !canEdit })
  }, [editor, canEdit])

  if (canEdit) return null
  return (
    <AccessBadge variant="access-badge--readonly" hint={t.readOnlyHint} icon={<LockIcon />} testId="read-only-badge">
      {t.readOnlyBadge}
    </AccessBadge>
  )
}

function LockIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round">
      <rect x="4" y="11" width="16" height="10" rx="2" />
      <path d="M8 11V7a4 4 0 0 1 8 0v4" />
    </svg>
  )
}
