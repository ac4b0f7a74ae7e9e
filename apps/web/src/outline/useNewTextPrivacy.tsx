import { findPersonalData, type PersonalDataHit } from '@sammen/journey-model'
import { useEffect, useRef, useState, type RefObject } from 'react'
import { useT } from '../i18n'
import { PersonalDataNotice } from '../privacy/PersonalDataNotice'

/**
 * The personal-data check of a form that creates a card: on the first "add", text that looks like personal data
 * stops the form and shows the warning (focused, so it is read out); "Endre" goes back to the text, "Send
 * likevel" adds the card as written. Changing the text asks again.
 */
export function useNewTextPrivacy(text: string, textRef: RefObject<HTMLInputElement | null>) {
  const t = useT()
  const [hits, setHits] = useState<PersonalDataHit[] | null>(null)
  const noticeRef = useRef<HTMLDivElement>(null)
  useEffect(() => setHits(null), [text])
  useEffect(() => {
    if (hits) noticeRef.current?.focus()
  }, [hits])

  /** True when the form may go on and create the card. */
  const mayCreate = (): boolean => {
    const found = findPersonalData(text)
    if (found.length === 0) return true
    setHits(found)
    return false
  }

  const notice = (onProceed: () => void) =>
    hits && (
      <PersonalDataNotice
        ref={noticeRef}
        hits={hits}
        proceedLabel={t.userPanel.personalData.sendAnyway}
        onEdit={() => {
          const hit = hits[0]
          textRef.current?.focus()
          if (hit) textRef.current?.setSelectionRange(hit.start, hit.end)
        }}
        onProceed={onProceed}
      />
    )
  return { mayCreate, notice }
}
