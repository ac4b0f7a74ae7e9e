import { AgencyLabel } from '../components/AgencyLabel'
import { useT } from '../i18n'
import { BoardCell, CardLinkCell, TableRegion } from './tableParts'
import type { AgencyView } from './chooseAgencyView'

// The agency page's tables from the journeys: the pain points it owns, handoffs from and to it, once-only candidates.

export function PainPointTable({ view }: { view: AgencyView }) {
  const t = useT()
  const p = t.agencyPage.painPoints
  const categories = t.cards.categories as Record<string, string>
  return (
    <TableRegion caption={p.caption} testId="agency-pain-points">
      <thead>
        <tr>
          <th scope="col">{p.problem}</th>
          <th scope="col" className="report-table__number">
            {p.severity}
          </th>
          <th scope="col">{p.category}</th>
          <th scope="col">{p.board}</th>
          <th scope="col">{p.phase}</th>
          <th scope="col" className="agency-table__card-col">{p.card}</th>
        </tr>
      </thead>
      <tbody>
        {view.painPoints.map((item) => (
          <tr key={`${item.boardId}/${item.shapeId}`} data-testid="agency-pain-point" data-board-id={item.boardId} data-shape-id={item.shapeId} data-severity={item.severity}>
            <th scope="row" className="report-table__text">
              {item.text}
            </th>
            <td className="report-table__number">
              <span className={`agency-severity agency-severity--${item.severity}`} title={(t.cards.severityLevels as Record<number, string>)[item.severity]}>
                {item.severity}
              </span>
            </td>
            <td>{categories[item.category] ?? item.category}</td>
            <td>
              <BoardCell item={item} />
            </td>
            <td>{item.phaseName ?? <span className="report-muted">{t.agencyPage.noPhase}</span>}</td>
            <td className="agency-table__card-col">
              <CardLinkCell item={item} shapeId={item.shapeId} />
            </td>
          </tr>
        ))}
      </tbody>
    </TableRegion>
  )
}

export function HandoffTable({ view }: { view: AgencyView }) {
  const t = useT()
  const h = t.agencyPage.handoffs
  return (
    <TableRegion caption={h.caption} testId="agency-handoffs">
      <thead>
        <tr>
          <th scope="col">{h.direction}</th>
          <th scope="col">{h.otherAgency}</th>
          <th scope="col">{h.carriedBy}</th>
          <th scope="col">{h.information}</th>
          <th scope="col">{h.board}</th>
          <th scope="col" className="agency-table__card-col">{h.card}</th>
        </tr>
      </thead>
      <tbody>
        {view.handoffs.map((item) => (
          <tr
            key={`${item.boardId}/${item.shapeId}`}
            data-testid="agency-handoff"
            data-board-id={item.boardId}
            data-direction={item.direction}
            data-other-agency={item.otherAgencyId}
            data-carried-by={item.carriedBy}
          >
            <th scope="row">{h.directions[item.direction]}</th>
            <td>
              <AgencyLabel agency={view.agencyNames[item.otherAgencyId]} id={item.otherAgencyId} />
            </td>
            <td>
              <span className={`report-carrier report-carrier--${item.carriedBy}`}>
                {t.reports.handoffs.carriers[item.carriedBy]}
                {item.carriedBy === 'personen' && <span className="agency-kasteball-mark">{` · ${h.kasteball}`}</span>}
              </span>
            </td>
            <td>{item.information.length > 0 ? item.information.join(', ') : <span className="report-muted">{h.noInformation}</span>}</td>
            <td>
              <BoardCell item={item} />
            </td>
            <td className="agency-table__card-col">
              <CardLinkCell item={item} shapeId={item.shapeId} />
            </td>
          </tr>
        ))}
      </tbody>
    </TableRegion>
  )
}

export function OnceOnlyTable({ view }: { view: AgencyView }) {
  const o = useT().agencyPage.onceOnly
  return (
    <TableRegion caption={o.caption} testId="agency-once-only">
      <thead>
        <tr>
          <th scope="col">{o.information}</th>
          <th scope="col" className="report-table__number">
            {o.times}
          </th>
          <th scope="col">{o.lifeEvents}</th>
          <th scope="col">{o.boards}</th>
        </tr>
      </thead>
      <tbody>
        {view.onceOnly.map((item) => (
          <tr key={item.information} data-testid="agency-once-only-item" data-information={item.information} data-count={item.count} data-life-events={item.lifeEvents.length}>
            <th scope="row" className="report-table__text">
              {item.information}
            </th>
            <td className="report-table__number">{item.count}</td>
            <td>
              <ul className="report-pairs">
                {item.lifeEvents.map((lifeEvent) => (
                  <li key={lifeEvent.id}>{lifeEvent.name}</li>
                ))}
              </ul>
            </td>
            <td>
              <ul className="report-pairs">
                {item.boards.map((board) => (
                  <li key={board.boardId}>
                    <BoardCell item={{ ...board, lifeEvent: null }} />
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </TableRegion>
  )
}
