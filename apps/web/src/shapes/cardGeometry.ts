/** Corner radius of every journey card, shared by the card's CSS and its selection indicator. */
export const CARD_RADIUS = 12
