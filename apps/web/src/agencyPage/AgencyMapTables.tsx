import { AgencyLabel } from '../components/AgencyLabel'
import { useT } from '../i18n'
import { BoardCell, CardLinkCell, TableRegion } from './tableParts'
import type { AgencyView } from './chooseAgencyView'

// The agency page's tables from the benefit and actor maps: benefits given and received, actor cards, relations.

export function BenefitsContributedTable({ view }: { view: AgencyView }) {
  const t = useT()
  const b = t.agencyPage.benefits
  return (
    <TableRegion caption={b.contributedCaption} testId="agency-benefits-contributed">
      <thead>
        <tr>
          <th scope="col">{b.benefit}</th>
          <th scope="col">{b.landsWith}</th>
          <th scope="col">{b.board}</th>
          <th scope="col" className="agency-table__card-col">{t.agencyPage.painPoints.card}</th>
        </tr>
      </thead>
      <tbody>
        {view.benefitsContributed.map((item) => (
          <tr key={`${item.boardId}/${item.shapeId}`} data-testid="agency-benefit-contributed" data-lands-with={item.landsWith}>
            <th scope="row" className="report-table__text">
              {item.text}
            </th>
            <td>{item.landsWith === 'personen' ? b.person : <AgencyLabel agency={view.agencyNames[item.landsWith]} id={item.landsWith} />}</td>
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

export function BenefitsReceivedTable({ view }: { view: AgencyView }) {
  const t = useT()
  const b = t.agencyPage.benefits
  return (
    <TableRegion caption={b.receivedCaption} testId="agency-benefits-received">
      <thead>
        <tr>
          <th scope="col">{b.benefit}</th>
          <th scope="col">{b.contributors}</th>
          <th scope="col">{b.board}</th>
          <th scope="col" className="agency-table__card-col">{t.agencyPage.painPoints.card}</th>
        </tr>
      </thead>
      <tbody>
        {view.benefitsReceived.map((item) => (
          <tr key={`${item.boardId}/${item.shapeId}`} data-testid="agency-benefit-received">
            <th scope="row" className="report-table__text">
              {item.text}
            </th>
            <td>
              <ul className="report-pairs">
                {item.contributorIds.map((id) => (
                  <li key={id}>
                    <AgencyLabel agency={view.agencyNames[id]} id={id} />
                  </li>
                ))}
              </ul>
            </td>
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

export function ActorTable({ view }: { view: AgencyView }) {
  const t = useT()
  const c = t.agencyPage.actors
  const stake = (level: string) => (t.moreCards.stakes as Record<string, string>)[level] ?? level
  return (
    <TableRegion caption={c.actorsCaption} testId="agency-actors">
      <thead>
        <tr>
          <th scope="col">{c.board}</th>
          <th scope="col">{c.interest}</th>
          <th scope="col">{c.influence}</th>
          <th scope="col">{c.informationNeeds}</th>
          <th scope="col">{c.followUp}</th>
          <th scope="col" className="agency-table__card-col">{t.agencyPage.painPoints.card}</th>
        </tr>
      </thead>
      <tbody>
        {view.actors.map((item) => (
          <tr key={`${item.boardId}/${item.shapeId}`} data-testid="agency-actor" data-board-id={item.boardId}>
            <th scope="row">
              <BoardCell item={item} />
            </th>
            <td>{stake(item.interest)}</td>
            <td>{stake(item.influence)}</td>
            <td>{item.informationNeeds}</td>
            <td>{item.followUp}</td>
            <td className="agency-table__card-col">
              <CardLinkCell item={item} shapeId={item.shapeId} />
            </td>
          </tr>
        ))}
      </tbody>
    </TableRegion>
  )
}

export function RelationTable({ view }: { view: AgencyView }) {
  const t = useT()
  const c = t.agencyPage.actors
  return (
    <TableRegion caption={c.relationsCaption} testId="agency-relations">
      <thead>
        <tr>
          <th scope="col">{c.from}</th>
          <th scope="col">{c.label}</th>
          <th scope="col">{c.to}</th>
          <th scope="col">{c.board}</th>
          <th scope="col" className="agency-table__card-col">{t.agencyPage.painPoints.card}</th>
        </tr>
      </thead>
      <tbody>
        {view.relations.map((item) => (
          <tr key={`${item.boardId}/${item.shapeId}`} data-testid="agency-relation">
            <th scope="row">{item.fromName}</th>
            <td>{item.label}</td>
            <td>{item.toName}</td>
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
