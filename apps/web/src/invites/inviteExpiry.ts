/** The expiry choices a facilitator gets; the server allows up to 366 days. */
export const INVITE_EXPIRY_HOURS = { day: 24, week: 24 * 7, month: 24 * 30, year: 24 * 365 } as const
export type InviteExpiry = keyof typeof INVITE_EXPIRY_HOURS
export const INVITE_EXPIRIES = Object.keys(INVITE_EXPIRY_HOURS) as InviteExpiry[]
