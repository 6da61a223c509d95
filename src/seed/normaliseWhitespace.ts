/** Collapses every run of whitespace to one space, so excerpts match across line wrapping. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
