/**
 * Whether a provision's quote stands in its source as a whole unit: a sentence, a clause after
 * punctuation, a line, or a list item, never a run of words cut out of one. A provision is what an
 * instrument says, so its text must not drop words that change the sense: "disrupt strategic supply
 * chains" is verbatim in "… so as not to disrupt strategic supply chains", and says the opposite.
 *
 * Pure. `text` is the source's raw text (line breaks matter: a heading or a list item ends at one);
 * `quote` is compared with every run of whitespace as one space. A quote starts a unit when it opens
 * the text or a line, follows sentence or clause punctuation or a list marker (". ", ": ", "; ", "- ",
 * "• ", "1) "), follows an opening bracket or quotation mark, or directly follows its provision's
 * `leadIn` ("Noting" + "the Agreement …"). It ends one when it ends with punctuation (. , ; : ! ? or a
 * closing quotation mark), or is followed by punctuation, a line break or the end of the text. Any
 * occurrence that does both is enough.
 */
import { normaliseWhitespace } from './normaliseWhitespace.js';

const AFTER_MARK = /[.:;!?•)”"\-*◦–—]$/u;
const OPENING = /[(“"‘]$/u;
const CLOSING = /^[.,;:!?”"’)]/u;

/**
 * Whether `quote` occurs in `text` as a whole sentence, clause, line or list item (see the module
 * comment); with `opening`, only that it starts one (a lead-in: the text that follows it ends the unit).
 */
export function quotesWholeUnit(text: string, quote: string, options: { leadIn?: string; opening?: boolean } = {}): boolean {
  const { leadIn, opening = false } = options;
  // Every run of whitespace as one space, or as one line break when it holds one.
  const lined = text.replace(/\s+/g, (run) => (run.includes('\n') ? '\n' : ' ')).trim();
  const wanted = normaliseWhitespace(quote);
  if (wanted === '') return false;
  const lead = leadIn ? normaliseWhitespace(leadIn) : undefined;
  const pattern = new RegExp(wanted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\n]'), 'gu');
  for (const match of lined.matchAll(pattern)) {
    const before = lined.slice(0, match.index);
    const after = lined.slice(match.index + match[0].length);
    const starts =
      before === '' ||
      before.endsWith('\n') ||
      OPENING.test(before) ||
      (before.endsWith(' ') && AFTER_MARK.test(before.slice(0, -1))) ||
      (lead !== undefined && normaliseWhitespace(before).endsWith(lead));
    const ends = opening || after === '' || after.startsWith('\n') || CLOSING.test(after) || /[.,;:!?”"’]$/u.test(wanted);
    if (starts && ends) return true;
  }
  return false;
}
