/**
 * Roles an invite grants on a board. The server decides what each may do (apps/server/src/auth/rules.ts);
 * clients only use this list to read tokens and label things.
 */
export const ROLES = ['facilitator', 'editor', 'panel', 'viewer'] as const
export type Role = (typeof ROLES)[number]

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
}

/** Invite tokens: issuer and audiences (`aud`) of the two kinds of token, so one can never pass as the other. */
export const TOKEN_ISSUER = 'sammen'
export const BOARD_TOKEN_AUDIENCE = 'sammen-board'
export const WORKSPACE_TOKEN_AUDIENCE = 'sammen-workspace'
