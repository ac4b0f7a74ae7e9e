import { PeoplePresent } from './PeoplePresent'

/** tldraw's SharePanel slot (top right): who else is here. */
export function BoardSharePanel() {
  return (
    <div className="board-share" data-testid="board-share-panel">
      <PeoplePresent />
    </div>
  )
}
