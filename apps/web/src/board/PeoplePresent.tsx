import { useEditor, useValue } from 'tldraw'
import { useT } from '../i18n'
import { useAppStore } from '../state/appStore'

const MAX_AVATARS = 5

interface Person {
  id: string
  name: string
  color: string
}

/**
 * Everyone on this board right now, this person first. tldraw derives collaborators from the
 * instance_presence records the room mirrors into the store, so this follows their cursors' lifetime.
 */
export function PeoplePresent() {
  const t = useT()
  const editor = useEditor()
  const self = useAppStore((state) => state.person)
  const others = useValue(
    'sammen collaborators',
    () => {
      // One entry per person even when they have the board open in several tabs.
      const byUser = new Map<string, Person>()
      for (const presence of editor.getCollaborators()) {
        byUser.set(presence.userId, { id: presence.userId, name: presence.userName, color: presence.color })
      }
      return [...byUser.values()].sort((a, b) => a.name.localeCompare(b.name))
    },
    [editor],
  )
  const people: Person[] = [{ ...self, name: `${self.name.trim() || '?'} (${t.board.you})` }, ...others]
  const shown = people.slice(0, MAX_AVATARS)
  const hidden = people.length - shown.length

  return (
    <div className="people" data-testid="people-present" data-count={people.length}>
      <span className="visually-hidden">{t.board.peoplePresent}: </span>
      <ul className="people__list">
        {shown.map((person) => (
          <li
            key={person.id}
            className="people__avatar"
            style={{ background: person.color }}
            title={person.name}
            data-testid="person-avatar"
          >
            <span aria-hidden="true">{initials(person.name)}</span>
            <span className="visually-hidden">{person.name}</span>
          </li>
        ))}
        {hidden > 0 && (
          <li className="people__avatar people__avatar--more" title={people.slice(MAX_AVATARS).map((p) => p.name).join(', ')}>
            +{hidden}
          </li>
        )}
      </ul>
    </div>
  )
}

function initials(name: string): string {
  const letters = name
    .replace(/\(.*\)/, '')
    .trim()
    .split(/\s+/)
    .map((part) => part[0] ?? '')
    .join('')
  return (letters.slice(0, 2) || '?').toUpperCase()
}
