import type { Channel } from '@sammen/journey-model'

/** Small line icons (16 px, currentColor) next to the channel's name; the name carries the meaning. */
const PATHS: Record<Channel, string> = {
  digital: 'M2.5 3.5h11v7h-11zM6 13.5h4M8 10.5v3',
  telefon: 'M5.5 2.5h5a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1h-5a1 1 0 0 1-1-1v-9a1 1 0 0 1 1-1zM7 11.5h2',
  brev: 'M2.5 4.5h11v7h-11zM2.5 4.5 8 9l5.5-4.5',
  oppmøte: 'M8 14s4.5-4 4.5-7.5a4.5 4.5 0 0 0-9 0C3.5 10 8 14 8 14zM8 8a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3z',
  annet: 'M4 8h.01M8 8h.01M12 8h.01',
}

export function ChannelIcon({ channel }: { channel: Channel }) {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={PATHS[channel]} fill="none" stroke="currentColor" strokeWidth={channel === 'annet' ? 2.5 : 1.4} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  )
}
