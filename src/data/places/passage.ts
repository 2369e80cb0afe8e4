/** Phrases that bound the passage whose place a claim takes (places/inherit.ts). */

/** After a figure, before the clause ends: it happened somewhere else than the passage says. */
export const NOT_HERE = /\b(?:elsewhere|rest of|other parts|other areas|outside)\b/i;

/** Between two figures of a sentence: the later is a part of the earlier. */
export const SUB_FIGURE = /\b(?:including|among them|among whom|of whom|of which|of them)\b|[:(]/i;

/**
 * Right after the later of two figures: it is a part of the earlier, placed in its own clause
 * ("7,000 killed, 3,000 of them in X"); not "eight killed, five of them children, in X".
 */
export const PART_FOLLOWS = /^\s*(?:[a-z]+\s+)?of\s+(?:them|whom|which|those|these)\b[^,;:.]{0,30}?\b(?:in|at|near|across)\s/i;

/** A list item ("• ", "- ", "* ", "1. "): it starts a passage of its own. */
export const STARTS_ITEM = /^\s*(?:[•*▪◦·–-]|\d{1,2}[.)])\s/;
