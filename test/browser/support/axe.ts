/**
 * Accessibility checks with axe-core, run inside the page under test.
 */
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The WCAG 2.0, 2.1 and 2.2 A and AA rules. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/** One axe violation as the helpers report it: the rule, its impact and each offending element. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; summary: string }[];
}

/**
 * Runs axe-core's WCAG 2.x A/AA rules (WCAG_AA_TAGS) on the page as it is now and resolves every
 * violation, whatever its impact. axe is injected through page.evaluate, which a page's
 * Content-Security-Policy does not block (a `<script>` tag would be). Rejects if the page
 * navigates away or closes while axe runs.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axe.source);
  return page.evaluate(
    async (tags) => {
      const results = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? null,
        help: violation.help,
        helpUrl: violation.helpUrl,
        nodes: violation.nodes.map((node) => ({
          target: node.target.map(String).join(' '),
          html: node.html,
          summary: node.failureSummary ?? '',
        })),
      }));
    },
    [...WCAG_AA_TAGS],
  );
}

/** Renders violations one rule a paragraph, each offending element with its selector, HTML and what to fix. */
export function formatAxeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) =>
      [
        `[${v.impact ?? 'no impact'}] ${v.id}: ${v.help} (${v.helpUrl})`,
        ...v.nodes.map((n) => `  - ${n.target}\n    ${n.html.slice(0, 300)}\n    ${n.summary.replace(/\n/g, '\n    ')}`),
      ].join('\n'),
    )
    .join('\n\n');
}

/**
 * Fails the current test when axe-core finds a serious or critical WCAG 2.x A/AA violation on the
 * page, listing each one readably (rule, help link, selector, HTML, what to fix) under `label`
 * (e.g. "the landing page at 390×844"). Minor and moderate findings are printed, not failed.
 * Call it once the page has settled (data loaded, animations done): axe checks what is rendered.
 *
 * @example await expectNoSeriousAxeViolations(page, 'the landing page');
 */
export async function expectNoSeriousAxeViolations(page: Page, label: string): Promise<void> {
  const violations = await runAxe(page);
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const lesser = violations.filter((v) => !serious.includes(v));
  if (lesser.length > 0) console.log(`axe on ${label}: minor or moderate findings\n${formatAxeViolations(lesser)}`);
  // The readable report is the value compared, so a failure shows it as the diff.
  expect(formatAxeViolations(serious), `axe found serious or critical WCAG violations on ${label}`).toBe('');
}

declare global {
  interface Window {
    /** axe-core, once runAxe injected it. */
    axe: typeof axe;
  }
}
