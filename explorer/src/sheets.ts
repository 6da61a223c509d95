/**
 * Narrow screens (tablets, phones): the graph comes first and the controls and the details are
 * bottom sheets, opened from a toggle bar under the graph. One attribute says which sheet is open,
 * `body[data-sheet]` ('controls' | 'details' | absent), so anything may open one (app.ts's
 * long-press sets it to 'details'); this module keeps the toggles' aria-expanded, the focus and the
 * graph's centre in step with it. On wide screens the stylesheet shows both panels as columns and
 * the attribute changes nothing.
 *
 * The breakpoint here must match the `max-width` of the narrow media query in explorer.css.
 */
import type cytoscape from 'cytoscape';
import { centreOn, cy } from './canvas.js';
import { byId } from './dom.js';

export type SheetName = 'controls' | 'details';

const narrow = window.matchMedia('(max-width: 1023px)');
const sheetNames: SheetName[] = ['controls', 'details'];
const sheets: Record<SheetName, HTMLElement> = { controls: byId('controls'), details: byId('details') };
const toggles: Record<SheetName, HTMLButtonElement> = { controls: byId('sheet-controls'), details: byId('sheet-details') };
const sizeToggle = byId<HTMLButtonElement>('sheet-size');
const body = document.body;

/** True when the layout is the narrow one (graph first, panels as sheets). */
export function isNarrow(): boolean {
  return narrow.matches;
}

/** The open sheet, if any (on a wide screen the attribute may be set but shows nothing). */
export function currentSheet(): SheetName | null {
  const value = body.dataset.sheet;
  return value === 'controls' || value === 'details' ? value : null;
}

/**
 * Opens a sheet (closing the other). `focus: true` (the toggles, the skip link) moves the keyboard
 * into it; opening one because the user tapped the graph leaves the focus where it is.
 */
export function openSheet(name: SheetName, options: { focus?: boolean } = {}): void {
  body.dataset.sheet = name;
  sync();
  // The attribute has just made the sheet displayed: focus() recalculates styles first.
  if (options.focus && isNarrow()) sheets[name].focus({ preventScroll: true });
}

/** Closes the open sheet; the keyboard goes back to its toggle if it was in the sheet (or `restoreFocus`). */
export function closeSheet(options: { restoreFocus?: boolean } = {}): void {
  const open = currentSheet();
  if (!open) return;
  const hadFocus = sheets[open].contains(document.activeElement);
  delete body.dataset.sheet;
  delete body.dataset.sheetSize;
  sync();
  if (isNarrow() && (hadFocus || options.restoreFocus)) toggles[open].focus();
}

/** Which sheet the toggles last described, to notice one closed by someone else while it had focus. */
let shown: SheetName | null = null;
/** When the details sheet last opened: the resize that follows centres the selection. */
let centreSelectionAt = -Infinity;

function sync(): void {
  const open = currentSheet();
  for (const name of sheetNames) toggles[name].setAttribute('aria-expanded', String(open === name));
  sizeToggle.hidden = open === null;
  sizeToggle.setAttribute('aria-pressed', String(body.dataset.sheetSize === 'full'));
  if (shown && shown !== open && sheets[shown].contains(document.activeElement) && isNarrow()) toggles[shown].focus();
  if (open === 'details' && shown !== 'details' && isNarrow()) centreSelectionAt = performance.now();
  shown = open;
}

// Whoever sets body[data-sheet] (this module, app.ts's long-press), the toggles follow.
new MutationObserver(sync).observe(body, { attributes: true, attributeFilter: ['data-sheet', 'data-sheet-size'] });
sync();

for (const name of sheetNames) {
  toggles[name].addEventListener('click', () => {
    if (currentSheet() === name) closeSheet();
    else openSheet(name, { focus: true });
  });
}
sizeToggle.addEventListener('click', () => {
  if (body.dataset.sheetSize === 'full') delete body.dataset.sheetSize;
  else body.dataset.sheetSize = 'full';
});

// Escape closes the open sheet, unless something inside already used it (the suggestions list).
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || event.defaultPrevented || !isNarrow() || currentSheet() === null) return;
  const inBar = toggles.controls.parentElement?.contains(document.activeElement) ?? false;
  closeSheet({ restoreFocus: document.activeElement === body || inBar });
  event.preventDefault();
});

// What opens a sheet on its own on a narrow screen: a tap on the graph or a pick in "Jump to node"
// shows the details; a search shows its results, which sit in the controls; the skip link to the
// details opens them before the browser moves there.
cy.on('tap', 'node, edge', (event) => {
  if (isNarrow() && !(event.target as cytoscape.SingularElementArgument).hasClass('axis')) openSheet('details');
});
byId('jump').addEventListener('change', () => {
  if (isNarrow()) openSheet('details');
});
byId('search-form').addEventListener('submit', () => {
  if (isNarrow()) openSheet('controls');
});
// Opening a search result draws its neighbourhood: the graph is what the user wants to see next.
byId('search-results').addEventListener('click', (event) => {
  if (isNarrow() && event.target instanceof Element && event.target.closest('button[data-id]')) closeSheet({ restoreFocus: true });
});
for (const link of Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href="#details"]'))) {
  link.addEventListener('click', () => {
    if (isNarrow()) openSheet('details', { focus: true });
  });
}

// A sheet opening or closing changes the canvas's height. Cytoscape keeps the top-left corner
// where it was, which would leave what was in the middle of the full-height canvas under the
// sheet: keep the centre instead. Opening the details centres what they describe (the selection):
// the centring animation a tap starts aims at the old centre, so it is replaced.
let lastSize: { width: number; height: number } | null = null;
new ResizeObserver((entries) => {
  const box = entries.at(-1)?.contentRect;
  if (!box) return;
  const before = lastSize;
  lastSize = { width: box.width, height: box.height };
  const centreSelection = performance.now() - centreSelectionAt < 1000;
  centreSelectionAt = -Infinity;
  if (!isNarrow() || !before || before.width === 0 || before.height === 0 || box.width === 0 || box.height === 0) return;
  if (cy.nodes().empty()) return;
  // Not ':visible': Cytoscape computes it from style lazily, and it can lag a redraw.
  const selected = cy.$(':selected').not('.outside');
  if (centreSelection && selected.nonempty()) {
    cy.stop(true, false);
    centreOn(selected);
  } else {
    cy.panBy({ x: (box.width - before.width) / 2, y: (box.height - before.height) / 2 });
  }
}).observe(cy.container()!);

// The status line is clamped to two lines on a narrow screen (a screen reader still reads it
// whole): a tap or click unfolds it, and new text folds it again.
const status = byId('status');
new MutationObserver(() => delete status.dataset.expanded).observe(status, { childList: true, characterData: true, subtree: true });
status.addEventListener('click', () => {
  if (status.dataset.expanded) delete status.dataset.expanded;
  else status.dataset.expanded = 'true';
});
