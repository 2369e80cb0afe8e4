import type { Doc } from '../document/index.js';

/** A direct quotation, from its opening mark to just after its closing one. */
export interface Quote {
  readonly start: number;
  readonly end: number;
}

/**
 * The double-quoted passages of the masked text (curly quotes are straight there). A quote left
 * open at a paragraph's end continues when the next paragraph opens with a quote mark, the
 * press's way of quoting over several paragraphs; otherwise it closes with its paragraph.
 */
export function findQuotes(doc: Doc): Quote[] {
  const quotes: Quote[] = [];
  const paragraphs = doc.paragraphs;
  let open = -1;
  let openParagraph = 0;
  let p = 0;
  for (let at = doc.text.indexOf('"'); at >= 0; at = doc.text.indexOf('"', at + 1)) {
    while (p < paragraphs.length - 1 && (paragraphs[p + 1]?.start ?? Infinity) <= at) p++;
    if (open >= 0 && p > openParagraph) {
      // "…the second paragraph of a long quote starts with a mark but the first does not close
      if (p === openParagraph + 1 && at === paragraphs[p]?.start) {
        openParagraph = p;
        continue;
      }
      quotes.push({ start: open, end: paragraphs[openParagraph]?.end ?? at });
      open = -1;
    }
    if (open < 0) {
      open = at;
      openParagraph = p;
    } else {
      quotes.push({ start: open, end: at + 1 });
      open = -1;
    }
  }
  if (open >= 0) quotes.push({ start: open, end: paragraphs[openParagraph]?.end ?? doc.text.length });
  return quotes;
}

/** The quote holding an offset, by binary search over quotes in order. */
export function quoteAt(quotes: readonly Quote[], offset: number): Quote | null {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const quote = quotes[mid];
    if (!quote) break;
    if (offset < quote.start) hi = mid - 1;
    else if (offset >= quote.end) lo = mid + 1;
    else return quote;
  }
  return null;
}
