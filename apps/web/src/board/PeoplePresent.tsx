import { agencyIdsOnBoard } from '@sammen/journey-shapes'
import { presencePerson } from '@sammen/sync'
import { useEffect, useId, useRef, useState } from 'react'
import { useEditor, useValue } from 'tldraw'
import { useBoardAccess } from '../access/boardAccess'
import { groupPeopleByAgency, type PersonHere } from '../access/peopleByAgency'
import { PersonDialog } from '../access/PersonDialog'
import { useT } from '../i18n'
import { useAppStore } from '../state/appStore'
import { hasChosenAgency } from '../state/person'
import { presenceUserFor } from '../room/useBoardRoom'
import '../access/access.css'

const MAX_AVATARS = 5

/**
 * Everyone on this board right now, this person first; opens a list grouped by agency, where a person
 * can change their own name and agency. Asks for name and agency on the first visit. tldraw derives
 * collaborators from the instance_presence records the room mirrors into the store, so this follows
 * their cursors' lifetime.
 */
export function PeoplePresent() {
  const t = useT()
  const editor = useEditor()
  const language = useAppStore((state) => state.language)
  const person = useAppStore((state) => state.person)
  const { role } = useBoardAccess()
  const [listOpen, setListOpen] = useState(false)
  const [editing, setEditing] = useState(false)
  const toggleRef = useRef<HTMLButtonElement>(null)
  const listId = useId()
  const others = useValue(
    'sammen collaborators',
    () => {
      // One entry per person even when they have the board open in several tabs.
      const byUser = new Map<string, PersonHere>()
      for (const presence of editor.getCollaborators()) {
        const peer = presencePerson(presence)
        byUser.set(peer.id, { ...peer, isSelf: false })
      }
      return [...byUser.values()].sort((a, b) => a.name.localeCompare(b.name, language))
    },
    [editor, language],
  )
  const me = presenceUserFor(person, t.person.guest)
  const self: PersonHere = {
    id: me.id,
    name: me.name,
    color: me.color,
    agencyId: me.agencyId ?? null,
    citizen: me.agencyId === null,
    isSelf: true,
  }
  const people = [self, ...others]
  const shown = people.slice(0, MAX_AVATARS)
  const hidden = people.length - shown.length
  const askFirst = !hasChosenAgency(person)

  const closeList = ({ returnFocus = true } = {}) => {
    setListOpen(false)
    if (returnFocus) toggleRef.current?.focus()
  }

  return (
    <div className="people" data-testid="people-present" data-count={people.length}>
      <button
        ref={toggleRef}
        type="button"
        className="people__toggle"
        aria-expanded={listOpen}
        aria-controls={listOpen ? listId : undefined}
        title={t.access.people.listTitle}
        data-testid="people-toggle"
        onClick={() => (listOpen ? closeList() : setListOpen(true))}
      >
        <span className="visually-hidden">
          {t.board.peoplePresent}: {people.length}.{' '}
        </span>
        <span className="people__list">
          {shown.map((shownPerson) => (
            <span
              key={shownPerson.id}
              className="people__avatar"
              style={{ background: shownPerson.color }}
              title={shownPerson.isSelf ? `${shownPerson.name} (${t.board.you})` : shownPerson.name}
              data-testid="person-avatar"
            >
              <span aria-hidden="true">{initials(shownPerson.name)}</span>
              <span className="visually-hidden">{shownPerson.isSelf ? `${shownPerson.name} (${t.board.you})` : shownPerson.name}</span>
            </span>
          ))}
          {hidden > 0 && <span className="people__avatar people__avatar--more">+{hidden}</span>}
        </span>
      </button>
      {listOpen && (
        <PeopleList
          id={listId}
          people={people}
          onChangeMe={() => setEditing(true)}
          onClose={closeList}
        />
      )}
      {(askFirst || editing) && (
        <PersonDialog
          purpose={askFirst ? 'first-visit' : 'edit'}
          boardAgencyIds={agencyIdsOnBoard(editor.getCurrentPageShapes())}
          suggestCitizen={role === 'panel'}
          onClose={() => setEditing(false)}
        />
      )}
    </div>
  )
}

interface PeopleListProps {
  id: string
  people: PersonHere[]
  onChangeMe: () => void
  onClose: (options?: { returnFocus: boolean }) => void
}

function PeopleList({ id, people, onChangeMe, onClose }: PeopleListProps) {
  const t = useT()
  const language = useAppStore((state) => state.language)
  const headingId = useId()
  const panelRef = useRef<HTMLDivElement>(null)
  const groups = groupPeopleByAgency(people, { citizen: t.access.person.citizen, unknown: t.access.people.unknownAgency }, language)

  const onCloseRef = useRef(onClose)
  onCloseRef.current = onClose

  useEffect(() => {
    panelRef.current?.focus()
    // A click anywhere else (the canvas, the top bar) closes the list, as popovers do, and leaves focus
    // where the click put it; the avatars button toggles the list itself, and the person dialog opened
    // from here lives inside `.people`.
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && panelRef.current?.closest('.people')?.contains(event.target)) return
      onCloseRef.current({ returnFocus: false })
    }
    document.addEventListener('pointerdown', onPointerDown, { capture: true })
    return () => document.removeEventListener('pointerdown', onPointerDown, { capture: true })
  }, [])

  return (
    <div
      ref={panelRef}
      id={id}
      className="people-list"
      role="region"
      aria-labelledby={headingId}
      tabIndex={-1}
      data-testid="people-list"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return
        event.stopPropagation()
        onClose()
      }}
    >
      <div className="people-list__header">
        <h2 id={headingId} className="people-list__title">
          {t.access.people.heading} ({people.length})
        </h2>
        <button type="button" className="people-list__close" onClick={() => onClose()} aria-label={t.access.people.close} title={t.access.people.close}>
          ×
        </button>
      </div>
      {groups.map((group) => (
        <section key={group.key} className="people-list__group" data-testid="people-group" data-agency={group.key}>
          <h3 className="people-list__agency">
            <span className="access-swatch" style={{ background: group.colour ?? '#5b6675' }} aria-hidden="true" />
            {group.name}
          </h3>
          <ul className="people-list__people">
            {group.people.map((member) => (
              <li key={member.id} data-testid="people-list-person">
                <span className="access-swatch" style={{ background: member.color }} aria-hidden="true" />
                {member.name}
                {member.isSelf && ` (${t.access.people.you})`}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <button type="button" className="button button--secondary people-list__change" onClick={onChangeMe} data-testid="change-me">
        {t.access.people.changeMe}
      </button>
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
