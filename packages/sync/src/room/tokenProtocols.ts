/**
 * The websocket subprotocols that carry an invite token to a secured Sammen server: the protocol name the server
 * selects, and the token itself (`sammen.token.<jwt>`). A token in the URL would end up in proxy access logs and
 * browser history; the protocol list does not. See apps/server/README.md ("Tokens").
 */
export function tokenProtocols(token: string | null | undefined): string[] | undefined {
  return token ? ['sammen', `sammen.token.${token}`] : undefined
}
