const DOT_COLORS = ['#7cc4ff', '#1f4e79', '#ffd166', '#9db4cc', '#f28b82']

/** A small, stable number sequence from the board id, so each card gets its own but unchanging art. */
function seededValues(seed: string, count: number): number[] {
  let hash = 2166136261
  for (const char of seed) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619)
  const values: number[] = []
  for (let index = 0; index < count; index++) {
    hash = Math.imul(hash ^ (hash >>> 15), 2246822507)
    values.push(((hash >>> 0) % 1000) / 1000)
  }
  return values
}

/**
 * A decorative "journey" for a board card. Real thumbnails would need the board's content
 * rendered on the start page; this tells cards apart at a glance for a fraction of the cost.
 */
export function BoardPreviewArt({ boardId }: { boardId: string }) {
  const values = seededValues(boardId, 6)
  const steps = 4 + Math.floor((values[0] ?? 0) * 2)
  const points = Array.from({ length: steps }, (_, index) => ({
    x: 24 + (index * 232) / (steps - 1),
    y: 22 + (values[(index % 5) + 1] ?? 0.5) * 40,
  }))
  const path = points.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x.toFixed(1)} ${point.y.toFixed(1)}`).join(' ')
  return (
    <svg className="board-card__art" viewBox="0 0 280 84" preserveAspectRatio="xMidYMid meet" aria-hidden="true" focusable="false">
      <path d={path} fill="none" stroke="#9db4cc" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" strokeDasharray="1 6" />
      {points.map((point, index) => (
        <rect
          key={index}
          x={point.x - 9}
          y={point.y - 9}
          width="18"
          height="18"
          rx="4"
          fill={DOT_COLORS[(index + Math.floor((values[0] ?? 0) * 5)) % DOT_COLORS.length]}
        />
      ))}
    </svg>
  )
}
