/** Bokmål: the default language, and the shape every other dictionary must match. */
export const nb = {
  app: {
    name: 'Sammen',
    tagline: 'Kartlegg brukerreiser gjennom livshendelser – på tvers av etater, sammen.',
    skipToContent: 'Hopp til hovedinnhold',
  },
  language: {
    label: 'Språk',
    nb: 'Bokmål',
    nn: 'Nynorsk',
    en: 'English',
  },
  person: {
    guest: 'Gjest',
    nameLabel: 'Navnet ditt',
    nameHint: 'Vises for andre som er på samme tavle.',
  },
  start: {
    newBoard: 'Ny tavle',
    newBoardHint: 'Lag en tom tavle og del lenken med dem du jobber med.',
    boardsHeading: 'Tavler på denne enheten',
    emptyTitle: 'Ingen tavler ennå',
    emptyBody:
      'Tavlene du lager eller åpner, lagres i nettleseren og vises her. De fungerer også uten nett.',
    lastEdited: 'Sist endret',
    open: 'Åpne',
    delete: 'Slett fra denne enheten',
    deleteLabel: (title: string) => `Slett «${title}» fra denne enheten`,
    confirmDeleteTitle: 'Slette tavla fra denne enheten?',
    confirmDeleteBody: (title: string) =>
      `«${title}» fjernes fra denne nettleseren. Tavla finnes fortsatt på serveren for alle som har lenken, hvis den er synkronisert.`,
    confirmDeleteUnsynced:
      'Denne tavla har endringer som ikke er sendt ennå. De går tapt hvis du sletter nå.',
    confirmDelete: 'Slett',
    cancel: 'Avbryt',
    loading: 'Henter tavler …',
    footer: 'Alt du lager, lagres først lokalt i nettleseren din og synkroniseres når du er på nett.',
  },
  syncState: {
    synced: 'Synkronisert',
    unsynced: 'Ikke sendt ennå',
    neverSynced: 'Bare på denne enheten',
  },
  board: {
    defaultPageName: 'Side 1',
    untitled: 'Uten tittel',
    titleLabel: 'Tavlens tittel',
    backToStart: 'Til forsiden',
    loading: 'Åpner tavla …',
    peoplePresent: 'Til stede',
    you: 'deg',
    onlyYou: 'Bare deg',
  },
  connection: {
    online: 'Tilkoblet',
    syncing: 'Synkroniserer …',
    offline: 'Frakoblet',
    offlineUnsynced: 'Frakoblet – endringer lagres lokalt',
  },
  banner: {
    needsReload: 'Denne tavla er laget med en nyere versjon av Sammen. Last inn siden på nytt.',
    reload: 'Last inn på nytt',
    storageError: 'Kunne ikke lagre på denne enheten. Endringene dine sendes til serveren så lenge du er tilkoblet.',
  },
  notFound: {
    title: 'Fant ikke tavla',
    body: 'Adressen peker ikke på en gyldig tavle. Sjekk lenken, eller gå til forsiden.',
    home: 'Gå til forsiden',
  },
  time: {
    justNow: 'akkurat nå',
  },
}

export type Dictionary = typeof nb
