import type { Dictionary } from './nb'

/** English. */
export const en: Dictionary = {
  app: {
    name: 'Sammen',
    tagline: 'Map people’s journeys through life events – across agencies, together.',
    skipToContent: 'Skip to main content',
  },
  language: {
    label: 'Language',
    nb: 'Bokmål',
    nn: 'Nynorsk',
    en: 'English',
  },
  person: {
    guest: 'Guest',
    nameLabel: 'Your name',
    nameHint: 'Shown to others on the same board.',
  },
  start: {
    newBoard: 'New board',
    newBoardHint: 'Create an empty board and share the link with the people you work with.',
    boardsHeading: 'Boards on this device',
    emptyTitle: 'No boards yet',
    emptyBody:
      'Boards you create or open are stored in this browser and listed here. They work offline too.',
    lastEdited: 'Last edited',
    open: 'Open',
    delete: 'Remove from this device',
    deleteLabel: (title: string) => `Remove “${title}” from this device`,
    confirmDeleteTitle: 'Remove the board from this device?',
    confirmDeleteBody: (title: string) =>
      `“${title}” will be removed from this browser. If it has been synced, it still exists on the server for everyone with the link.`,
    confirmDeleteUnsynced: 'This board has changes that have not been sent yet. They will be lost.',
    confirmDelete: 'Remove',
    cancel: 'Cancel',
    loading: 'Loading boards …',
    footer: 'Everything you make is saved in your browser first and synced when you are online.',
  },
  syncState: {
    synced: 'Synced',
    unsynced: 'Not sent yet',
    neverSynced: 'Only on this device',
  },
  board: {
    defaultPageName: 'Page 1',
    untitled: 'Untitled',
    titleLabel: 'Board title',
    backToStart: 'Back to start',
    loading: 'Opening board …',
    peoplePresent: 'Present',
    you: 'you',
    onlyYou: 'Just you',
  },
  connection: {
    online: 'Connected',
    syncing: 'Syncing …',
    offline: 'Offline',
    offlineUnsynced: 'Offline – changes are saved locally',
  },
  banner: {
    needsReload: 'This board was made with a newer version of Sammen. Reload the page.',
    reload: 'Reload',
    storageError: 'Could not save on this device. Your changes are sent to the server while you are connected.',
  },
  notFound: {
    title: 'Board not found',
    body: 'This address does not point to a valid board. Check the link, or go to the start page.',
    home: 'Go to the start page',
  },
  time: {
    justNow: 'just now',
  },
}
