import { createLocalDatabase, type SammenLocalDatabase } from '@sammen/sync'

let database: SammenLocalDatabase | null = null

/** The one IndexedDB database for this tab; created lazily so importing this module has no side effects. */
export function getLocalDatabase(): SammenLocalDatabase {
  database ??= createLocalDatabase()
  return database
}

/** The sync server's websocket base. It is always the app's own origin (the server serves the app too). */
export function syncServerUrl(): string {
  const protocol = location.protocol === 'https:' ? 'wss' : 'ws'
  return `${protocol}://${location.host}/sync`
}

/** The titles of the boards this browser keeps: a copy's title must differ from them (format/copyTitle). */
export async function localBoardTitles(): Promise<string[]> {
  return (await getLocalDatabase().boards.toArray()).map((board) => board.title)
}
