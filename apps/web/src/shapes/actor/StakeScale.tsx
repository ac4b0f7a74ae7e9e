import { LEVELS_OF_STAKE, type LevelOfStake } from '@sammen/journey-model'

/**
 * A labelled four-step scale (ingen · liten · middels · stor) as three segments, as many filled as the level: the
 * word next to it carries the meaning, the segments make a map of many actors scannable.
 */
export function StakeScale({ label, level, levelText }: { label: string; level: LevelOfStake; levelText: string }) {
  const filled = LEVELS_OF_STAKE.indexOf(level)
  return (
    <div className="stake-scale" role="img" aria-label={`${label}: ${levelText}`} data-level={level}>
      <span className="stake-scale__label" aria-hidden="true">
        {label}
      </span>
      <span className="stake-scale__bar" aria-hidden="true">
        {[1, 2, 3].map((segment) => (
          <span key={segment} className="stake-scale__segment" data-filled={segment <= filled} />
        ))}
      </span>
      <span className="stake-scale__value" aria-hidden="true">
        {levelText}
      </span>
    </div>
  )
}
