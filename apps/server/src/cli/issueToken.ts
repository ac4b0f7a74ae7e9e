// Issues an invite token from the command line. This is how the first facilitator of a board gets in
// (every later invite can come from the invite API with that facilitator's token):
//
//   SAMMEN_TOKEN_SECRET=… node --import tsx src/cli/issueToken.ts --board <id> --role facilitator --hours 24
//
// It reads the same environment as the server (SAMMEN_TOKEN_SECRET, DATA_DIR or DATABASE_URL and
// DATABASE_SCHEMA, PUBLIC_URL) because the token must carry the role's current generation, which
// lives in the board storage. Prints the token and the invite URL on stdout, nothing else.
import { parseArgs } from 'node:util'
import { isBoardId } from '@sammen/journey-model'
import { AccessControl, inviteUrl } from '../auth/access'
import { isRole, MAX_INVITE_HOURS, ROLES, secretKey } from '../auth/tokens'
import { configOrFail, failWith, openConfiguredStorage } from './cliSupport'

const USAGE = `usage: node --import tsx src/cli/issueToken.ts --board <boardId> --role <${ROLES.join('|')}> [--hours 24] [--base-url https://host]`

// Annotated: TypeScript narrows after a call only through an explicitly typed never-returning function.
const fail: (message: string) => never = failWith(USAGE)

async function main(): Promise<void> {
  let args
  try {
    args = parseArgs({
      options: {
        board: { type: 'string' },
        role: { type: 'string' },
        hours: { type: 'string', default: '24' },
        'base-url': { type: 'string' },
      },
      strict: true,
    }).values
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error))
  }
  const boardId = args.board ?? ''
  if (!isBoardId(boardId)) fail('--board must be a board id (6–64 letters, digits, "_" or "-")')
  if (!isRole(args.role)) fail(`--role must be one of ${ROLES.join(', ')}`)
  const role = args.role
  const hours = Number(args.hours)
  if (!(hours > 0 && hours <= MAX_INVITE_HOURS)) fail(`--hours must be a number above 0 and at most ${MAX_INVITE_HOURS}`)

  const config = configOrFail(fail)
  if (!config.tokenSecret) fail('SAMMEN_TOKEN_SECRET is not set: the server runs in open mode and needs no tokens')

  const storage = await openConfiguredStorage(config)
  try {
    const access = new AccessControl(secretKey(config.tokenSecret), storage)
    const token = await access.issue(boardId, role, Math.round(hours * 3600))
    const base = args['base-url'] ?? config.publicUrl ?? `http://localhost:${config.port}`
    process.stdout.write(`token: ${token}\nurl:   ${inviteUrl(base, boardId, token)}\n`)
  } finally {
    await storage.close()
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`could not issue a token: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
