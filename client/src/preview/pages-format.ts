import { WORDS_PER_PAGE, type PageEstimate } from '../../../server/src/engine/client-api';

const number = (n: number): string => n.toLocaleString('en-US');

/** `About 3 pages in Word · 1,234 words` (the preview's corner), `~3 pages` for the status bar. */
export function pagesText(pages: PageEstimate, bodyWords: number): string {
  return `About ${pages.pages} ${pages.pages === 1 ? 'page' : 'pages'} in Word · ${number(bodyWords)} words`;
}

export function pagesShort(pages: PageEstimate): string {
  return `~${pages.pages} ${pages.pages === 1 ? 'page' : 'pages'}`;
}

export function pagesTooltip(pages: PageEstimate, bodyWords: number, footnotes: number): string {
  return (
    `About ${pages.exact.toFixed(1)} pages as the Word export lays the draft out: ${number(bodyWords)} words in the body and ${number(footnotes)} ${footnotes === 1 ? 'footnote' : 'footnotes'}, ` +
    `about ${WORDS_PER_PAGE} words a page after the cover block. The template asks for 2-4 pages.`
  );
}
