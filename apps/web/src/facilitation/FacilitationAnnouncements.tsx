import { useAnnouncementStore } from './announcementStore'

/** Where the timer and voting announce what happened, politely, for screen-reader users. */
export function FacilitationAnnouncements() {
  const message = useAnnouncementStore((state) => state.message)
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="facilitation-announcement">
      {message && <span key={message.key}>{message.text}</span>}
    </div>
  )
}
