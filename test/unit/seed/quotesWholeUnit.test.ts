import { describe, expect, it } from 'vitest';
import { quotesWholeUnit } from '../../../src/seed/quotesWholeUnit.js';

const roadmap = `1.1 Defence Collaboration
In order to deepen security and defence cooperation, Japan and Canada will:

- Explore further opportunities to enable increasingly complex engagement between our respective forces.
- Coordinate, where appropriate, so as not to disrupt strategic supply chains.
Noting the Agreement Between the Government of Canada and the Government of Japan, done at Tokyo on May 7, 1986,
and the Memorandum (the "MOU"); this MOC is not legally binding.`;

describe('quotesWholeUnit', () => {
  it('accepts a sentence, a line, a list item, a clause after punctuation, and a quote in brackets', () => {
    expect(quotesWholeUnit(roadmap, 'In order to deepen security and defence cooperation, Japan and Canada will:')).toBe(true);
    expect(
      quotesWholeUnit(roadmap, 'Explore further opportunities to enable increasingly complex engagement between our respective forces.'),
    ).toBe(true);
    expect(quotesWholeUnit(roadmap, '1.1 Defence Collaboration')).toBe(true);
    expect(quotesWholeUnit(roadmap, 'this MOC is not legally binding.')).toBe(true);
    expect(quotesWholeUnit(roadmap, 'the "MOU"')).toBe(true);
    // Across a line break, whitespace is whitespace.
    expect(
      quotesWholeUnit(
        roadmap,
        'Noting the Agreement Between the Government of Canada and the Government of Japan, done at Tokyo on May 7, 1986, and the Memorandum (the "MOU");',
      ),
    ).toBe(true);
    // A comma does not open a unit: "done at Tokyo …" is the middle of the clause.
    expect(quotesWholeUnit(roadmap, 'done at Tokyo on May 7, 1986, and the Memorandum (the "MOU");')).toBe(false);
  });

  it('refuses words cut out of a unit, where what is left out changes the sense', () => {
    expect(quotesWholeUnit(roadmap, 'disrupt strategic supply chains.')).toBe(false);
    expect(quotesWholeUnit(roadmap, 'Canada will')).toBe(false);
    expect(quotesWholeUnit(roadmap, 'will')).toBe(false);
    expect(quotesWholeUnit(roadmap, 'Explore further opportunities')).toBe(false);
    expect(quotesWholeUnit(roadmap, '')).toBe(false);
    expect(quotesWholeUnit(roadmap, 'not in the text at all.')).toBe(false);
  });

  it('lets a text start right after its lead-in, and a lead-in only open a unit', () => {
    const text = 'the Agreement Between the Government of Canada and the Government of Japan, done at Tokyo on May 7, 1986,';
    expect(quotesWholeUnit(roadmap, text)).toBe(false);
    expect(quotesWholeUnit(roadmap, text, { leadIn: 'Noting' })).toBe(true);
    expect(quotesWholeUnit(roadmap, 'Noting', { opening: true })).toBe(true);
    expect(quotesWholeUnit(roadmap, 'the Agreement', { opening: true })).toBe(false);
  });

  it('is satisfied by any occurrence that is whole, not only the first', () => {
    expect(quotesWholeUnit('They will: act. will:', 'will:')).toBe(true);
    expect(quotesWholeUnit('They will act.', 'will')).toBe(false);
  });
});
