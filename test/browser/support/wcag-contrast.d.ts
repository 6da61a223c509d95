/** Types for wcag-contrast 3 (it ships none): WCAG 2 contrast ratios, 1 to 21. */
declare module 'wcag-contrast' {
  /** The contrast ratio of two [r, g, b] colours, 0–255 each. */
  export function rgb(a: readonly number[], b: readonly number[]): number;
  /** The contrast ratio of two hex colours, e.g. '#1a5276'. */
  export function hex(a: string, b: string): number;
}
