import { facilitation, type BoardRoom } from '@sammen/sync'
import { useT } from '../i18n'
import type { FollowMe } from './useFollowMe'

/** The follow state in words: "Alle følger deg · Stopp", "Du følger Kari · Slutt å følge", or "… Følg igjen". */
export function FollowStrip({ follow, room }: { follow: FollowMe; room: BoardRoom }) {
  const t = useT()
  const state = follow.follow
  if (!state) return null
  if (follow.leading) {
    return (
      <div className="follow-strip follow-strip--leading" data-testid="follow-strip">
        <span>{t.facilitation.follow.leading}</span>
        <button type="button" className="follow-strip__button" onClick={() => facilitation.stopLeading(room.doc)}>
          {t.facilitation.follow.stop}
        </button>
      </div>
    )
  }
  if (follow.left) {
    return (
      <div className="follow-strip" data-testid="follow-strip" data-state="left">
        <span>{t.facilitation.follow.left(state.leaderName)}</span>
        <button type="button" className="follow-strip__button" onClick={follow.followAgain} data-testid="follow-again">
          {t.facilitation.follow.followAgain}
        </button>
      </div>
    )
  }
  if (follow.following) {
    return (
      <div className="follow-strip follow-strip--following" data-testid="follow-strip" data-state="following">
        <span>{t.facilitation.follow.following(state.leaderName)}</span>
        <button type="button" className="follow-strip__button" onClick={follow.unfollow}>
          {t.facilitation.follow.unfollow}
        </button>
      </div>
    )
  }
  return null
}
