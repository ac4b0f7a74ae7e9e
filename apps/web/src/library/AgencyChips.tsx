import type { LibraryAgency } from '@sammen/protocol'
import { HEX_COLOUR_PATTERN, readableTextColour } from '@sammen/journey-model'
import { useT } from '../i18n'
import { Link } from '../routing/Link'
import { agencyPath } from '../routing/router'

/** An agency's colour as the page uses it: a colour the answer gives that is not `#rrggbb` is shown grey. */
export function agencyColour(colour: string): string {
  return HEX_COLOUR_PATTERN.test(colour) ? colour : '#5b6675'
}

/** The agencies of a board as chips in their colours; each opens the agency's page across journeys. */
export function AgencyChips({ agencies, label }: { agencies: readonly LibraryAgency[]; label: string }) {
  const t = useT()
  if (agencies.length === 0) return null
  return (
    <ul className="library-agencies" aria-label={label}>
      {agencies.map((agency) => (
        <li key={agency.id}>
          <Link
            href={agencyPath(agency.id)}
            className="library-agency-chip"
            style={{ background: agencyColour(agency.colour), color: readableTextColour(agencyColour(agency.colour)) }}
            title={t.library.boards.agencyLink(agency.name)}
            data-testid="library-agency-link"
            data-agency-id={agency.id}
          >
            {agency.shortName}
            {/* The visible short name starts the link's name (WCAG 2.5.3); the full name and where it leads follow. */}
            <span className="visually-hidden">{t.library.boards.agencyLinkMore(agency.name)}</span>
          </Link>
        </li>
      ))}
    </ul>
  )
}
