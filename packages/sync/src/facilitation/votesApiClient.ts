import {
  apiErrorSchema,
  ballotViewSchema,
  PARTICIPANT_KEY_HEADER,
  voteResultsSchema,
  votingRoundSchema,
  type BallotView,
  type VoteResults,
  type VotingRound,
} from '@sammen/protocol'

/** A request to the votes API failed: `status` is the HTTP status (0: unreachable), `code` the server's reason code. */
export class VotesApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | null,
  ) {
    super(message)
    this.name = 'VotesApiError'
  }
}

export interface VotesApiClient {
  /** The current round and this participant's own dots. */
  ballot(): Promise<BallotView>
  cast(roundId: string, cardId: string): Promise<BallotView>
  retract(roundId: string, cardId: string): Promise<BallotView>
  /** Facilitators: start a new round (the dots of earlier rounds go). */
  startRound(options: { budget: number; types?: readonly string[]; showCounts?: boolean }): Promise<VotingRound>
  reveal(roundId: string): Promise<VoteResults>
  end(): Promise<void>
}

export interface VotesApiClientOptions {
  boardId: string
  /** Base URL of the server (the app's own origin in a browser). */
  baseUrl?: string
  getToken?: () => string | null
  /** The board's participant key: who "me" is to the server. */
  getParticipantKey: () => string | null
  fetch?: typeof fetch
}

/** Client of `/api/boards/<boardId>/votes` (PROTOCOL.md, "Votes"). Only `fetch`: browsers and Node alike. */
export function createVotesApiClient(options: VotesApiClientOptions): VotesApiClient {
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  const base = `${(options.baseUrl ?? '').replace(/\/+$/, '')}/api/boards/${encodeURIComponent(options.boardId)}/votes`

  const request = async (path: string, method: 'GET' | 'POST', body?: unknown): Promise<unknown> => {
    const token = options.getToken?.() ?? null
    const key = options.getParticipantKey()
    let response: Response
    try {
      response = await fetchImpl(`${base}${path}`, {
        method,
        headers: {
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(key ? { [PARTICIPANT_KEY_HEADER]: key } : {}),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
    } catch (error) {
      throw new VotesApiError(`the server could not be reached: ${error instanceof Error ? error.message : String(error)}`, 0, null)
    }
    let json: unknown = null
    try {
      json = await response.json()
    } catch {
      // No JSON body: the status alone speaks.
    }
    if (!response.ok) {
      const parsed = apiErrorSchema.safeParse(json)
      throw new VotesApiError(parsed.success ? parsed.data.error : `HTTP ${response.status}`, response.status, parsed.success ? (parsed.data.code ?? null) : null)
    }
    return json
  }

  const view = (json: unknown) => ballotViewSchema.parse(json)
  return {
    ballot: async () => view(await request('', 'GET')),
    cast: async (roundId, cardId) => view(await request('', 'POST', { roundId, cardId })),
    retract: async (roundId, cardId) => view(await request('/retract', 'POST', { roundId, cardId })),
    startRound: async ({ budget, types, showCounts }) =>
      votingRoundSchema.parse(await request('/round', 'POST', { budget, ...(types ? { types: [...types] } : {}), showCounts: showCounts ?? false })),
    reveal: async (roundId) => voteResultsSchema.parse(await request('/reveal', 'POST', { roundId })),
    end: async () => {
      await request('/end', 'POST', {})
    },
  }
}
