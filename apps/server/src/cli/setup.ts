// Prints the workspace link of the first facilitator of a secured server. Whoever opens it is a facilitator of
// every board: they create boards from templates in the app and hand out each board's invite links from its
// share dialog, with no command line per board.
//
//   SAMMEN_TOKEN_SECRET=… npx pnpm@10.34.8 run setup [--days 30] [--base-url https://sammen.example.no] [--revoke]
//
// It reads the same environment as the server (SAMMEN_TOKEN_SECRET, DATA_DIR or DATABASE_URL/DATABASE_SCHEMA,
// PUBLIC_URL, PORT), because the link carries the workspace's current generation from storage. `--revoke` voids
// every workspace link issued so far before printing a new one.
import { randomBytes } from 'node:crypto'
import { parseArgs } from 'node:util'
import { AccessControl, workspaceUrl } from '../auth/access'
import { secretKey } from '../auth/tokens'
import { configOrFail, failWith, openConfiguredStorage } from './cliSupport'

const USAGE = 'usage: npx pnpm@10.34.8 run setup [--days 30] [--base-url https://host] [--revoke]'
const MAX_DAYS = 366

// Annotated: TypeScript narrows after a call only through an explicitly typed never-returning function.
const fail: (message: string) => never = failWith(USAGE)

async function main(): Promise<void> {
  let args
  try {
    args = parseArgs({
      options: {
        days: { type: 'string', default: '30' },
        'base-url': { type: 'string' },
        revoke: { type: 'boolean', default: false },
      },
      strict: true,
    }).values
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error))
  }
  const days = Number(args.days)
  if (!(days > 0 && days <= MAX_DAYS)) fail(`--days must be a number above 0 and at most ${MAX_DAYS}`)

  const config = configOrFail(fail)
  if (!config.tokenSecret) {
    fail(
      'SAMMEN_TOKEN_SECRET is not set, so the server runs in open mode and needs no links.\n' +
        'To secure it, start the server and this command with the same secret, for example this fresh one:\n\n' +
        `  SAMMEN_TOKEN_SECRET=${randomBytes(48).toString('base64')}\n`,
    )
  }

  const storage = await openConfiguredStorage(config)
  try {
    const access = new AccessControl(secretKey(config.tokenSecret), storage)
    if (args.revoke) await access.revoke(null, 'facilitator')
    const token = await access.issue(null, 'facilitator', Math.round(days * 86_400))
    const base = args['base-url'] ?? config.publicUrl ?? `http://localhost:${config.port}`
    process.stdout.write(
      `Workspace link for the first facilitator (valid ${days} days; anyone with it runs every board):\n\n  ${workspaceUrl(base, token)}\n\n` +
        'Open it in the browser, then make boards with "Ny tavle" and share them from each board\'s "Del" dialog.\n',
    )
  } finally {
    await storage.close()
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`could not make a workspace link: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
