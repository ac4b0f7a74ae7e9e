import { SignJWT } from 'jose'

/** A token shaped like the server's (apps/server/src/auth/tokens.ts), for unit tests of the UI side. */
export async function testToken(claims: { board: string; role: string; expiresInSeconds?: number }): Promise<string> {
  const now = Math.floor(Date.now() / 1000)
  return new SignJWT({ board: claims.board, role: claims.role, gen: 0 })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer('sammen')
    .setAudience('sammen-board')
    .setIssuedAt(now)
    .setExpirationTime(now + (claims.expiresInSeconds ?? 3600))
    .setJti('test')
    .sign(new TextEncoder().encode('a test secret that is long enough to sign with'))
}
