// What the command-line tools share: failing with a usage line (exit 2), the server's configuration, and its storage.
import { ConfigError, loadConfig, type Config } from '../config'
import type { ServerStorage } from '../storage/ServerStorage'
import { SqliteStorage } from '../storage/SqliteStorage'

/** A `fail` that prints the message and the tool's usage line, then exits with code 2. */
export function failWith(usage: string): (message: string) => never {
  return (message) => {
    process.stderr.write(`${message}\n${usage}\n`)
    process.exit(2)
  }
}

/** The server's configuration from the environment, or `fail` with what is wrong. */
export function configOrFail(fail: (message: string) => never): Config {
  try {
    return loadConfig()
  } catch (error) {
    if (error instanceof ConfigError) fail(`Invalid configuration: ${error.message}`)
    throw error
  }
}

/** The storage the server uses (its role generations live there): PostgreSQL with DATABASE_URL, else SQLite. */
export async function openConfiguredStorage(config: Config): Promise<ServerStorage> {
  return config.databaseUrl
    ? (await import('../storage/PostgresStorage')).PostgresStorage.open({ connectionString: config.databaseUrl, schema: config.databaseSchema })
    : new SqliteStorage(config.dataDir)
}
