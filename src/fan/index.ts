/** The printed fan: what the Astro routes and `npm run check` use. */
export { layOutDeck, fanOffers, type Deck } from './deck.ts';
export { fanProblems, FanProblemsError } from './problems.ts';
export { printShopPdf } from './print-shop.ts';
export { officePdf } from './office.ts';
export { singleCardPdf, cachedSingleCardPdf, cachedCardPdf, isCardPdfCached, isSingleCardCached } from './single-card.ts';
export { cachedDeckPdf, isDeckCached, type DeckFile } from './cached-decks.ts';
