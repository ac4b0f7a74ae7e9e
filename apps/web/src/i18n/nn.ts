import type { Dictionary } from './nb'

/** Nynorsk. */
export const nn: Dictionary = {
  app: {
    name: 'Sammen',
    tagline: 'Kartlegg brukarreiser gjennom livshendingar – på tvers av etatar, saman.',
    skipToContent: 'Hopp til hovudinnhald',
  },
  language: {
    label: 'Språk',
    nb: 'Bokmål',
    nn: 'Nynorsk',
    en: 'English',
  },
  person: {
    guest: 'Gjest',
    nameLabel: 'Namnet ditt',
    nameHint: 'Blir vist for andre som er på same tavle.',
  },
  start: {
    newBoard: 'Ny tavle',
    newBoardHint: 'Lag ei tom tavle og del lenkja med dei du jobbar med.',
    boardsHeading: 'Tavler på denne eininga',
    emptyTitle: 'Ingen tavler enno',
    emptyBody:
      'Tavlene du lagar eller opnar, blir lagra i nettlesaren og viste her. Dei fungerer òg utan nett.',
    lastEdited: 'Sist endra',
    open: 'Opne',
    delete: 'Slett frå denne eininga',
    deleteLabel: (title: string) => `Slett «${title}» frå denne eininga`,
    confirmDeleteTitle: 'Slette tavla frå denne eininga?',
    confirmDeleteBody: (title: string) =>
      `«${title}» blir fjerna frå denne nettlesaren. Tavla finst framleis på serveren for alle som har lenkja, om ho er synkronisert.`,
    confirmDeleteUnsynced:
      'Denne tavla har endringar som ikkje er sende enno. Dei går tapt om du slettar no.',
    confirmDelete: 'Slett',
    cancel: 'Avbryt',
    loading: 'Hentar tavler …',
    footer: 'Alt du lagar, blir først lagra lokalt i nettlesaren din og synkronisert når du er på nett.',
  },
  syncState: {
    synced: 'Synkronisert',
    unsynced: 'Ikkje sendt enno',
    neverSynced: 'Berre på denne eininga',
  },
  board: {
    defaultPageName: 'Side 1',
    untitled: 'Utan tittel',
    titleLabel: 'Tittelen på tavla',
    backToStart: 'Til framsida',
    loading: 'Opnar tavla …',
    peoplePresent: 'Til stades',
    you: 'deg',
    onlyYou: 'Berre deg',
  },
  connection: {
    online: 'Tilkopla',
    syncing: 'Synkroniserer …',
    offline: 'Fråkopla',
    offlineUnsynced: 'Fråkopla – endringar blir lagra lokalt',
  },
  banner: {
    needsReload: 'Denne tavla er laga med ein nyare versjon av Sammen. Last inn sida på nytt.',
    reload: 'Last inn på nytt',
    storageError: 'Kunne ikkje lagre på denne eininga. Endringane dine blir sende til serveren så lenge du er tilkopla.',
  },
  notFound: {
    title: 'Fann ikkje tavla',
    body: 'Adressa peikar ikkje på ei gyldig tavle. Sjekk lenkja, eller gå til framsida.',
    home: 'Gå til framsida',
  },
  time: {
    justNow: 'akkurat no',
  },
}
