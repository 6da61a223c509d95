/**
 * The "Cite" dialog: APA, Chicago (author-date), BibTeX and RIS for an edge's evidence, a node's
 * evidence or the current view, formatted by Citation.js (cite.ts). cite.ts is loaded the first
 * time someone asks for a citation (it is large), and each style is formatted when its tab is
 * chosen: Citation.js builds a style engine the first time a style is used, which takes seconds.
 */
import { button, byId, download, h } from './dom.js';
import type { CitationFormat, CitableView, CslCitation, WithEvidence } from './cite.js';

/** What is being cited. */
export type CiteTarget =
  | { kind: 'edge'; title: string; edge: WithEvidence }
  | { kind: 'node'; title: string; node: WithEvidence }
  | { kind: 'view'; title: string; view: CitableView };

const FORMATS: { format: CitationFormat; label: string; file?: { extension: string; type: string } }[] = [
  { format: 'apa', label: 'APA' },
  { format: 'chicago', label: 'Chicago' },
  { format: 'bibtex', label: 'BibTeX', file: { extension: 'bib', type: 'application/x-bibtex' } },
  { format: 'ris', label: 'RIS', file: { extension: 'ris', type: 'application/x-research-info-systems' } },
];

/** Opens the dialog for a target; resolves when the first format is shown. */
export async function openCiteDialog(target: CiteTarget): Promise<void> {
  const dialog = byId<HTMLDialogElement>('cite-dialog');
  const output = h('pre', { class: 'citation', tabindex: '0', 'aria-live': 'polite', 'data-format': '' }, 'Loading the citation library…');
  const note = h('p', { class: 'hint', role: 'status' });
  const tabs = h('div', { class: 'actions', role: 'group', 'aria-label': 'Citation format' });
  let citation: CslCitation | null = null;
  let current: CitationFormat = 'apa';
  let ticket = 0;

  const show = async (format: CitationFormat): Promise<void> => {
    const mine = ++ticket;
    current = format;
    for (const tab of Array.from(tabs.querySelectorAll('button'))) tab.setAttribute('aria-pressed', String(tab.dataset.format === format));
    output.textContent = `Formatting ${FORMATS.find((f) => f.format === format)?.label ?? format}…`;
    output.dataset.format = '';
    const cite = await import('./cite.js');
    citation ??=
      target.kind === 'edge'
        ? cite.edgeToCsl(target.edge)
        : target.kind === 'node'
          ? cite.nodeToCsl(target.node)
          : cite.viewToCsl(target.view);
    // Let the "Formatting…" text paint before Citation.js blocks the thread.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const text = cite.formatCitation(citation, format);
    if (mine !== ticket) return;
    output.textContent = text;
    output.dataset.format = format;
    note.textContent = citation.items.length === 0 ? 'No sources recorded for this.' : '';
  };

  tabs.append(
    ...FORMATS.map((f) => {
      const tab = button(f.label, () => void show(f.format), { 'data-format': f.format, 'aria-pressed': 'false' });
      return tab;
    }),
  );
  const copy = button('Copy', () => {
    navigator.clipboard.writeText(output.textContent ?? '').then(
      () => (note.textContent = 'Copied.'),
      () => (note.textContent = 'Select the text above and copy it.'),
    );
  });
  const save = button('Download', () => {
    const file = FORMATS.find((f) => f.format === current)?.file ?? { extension: 'txt', type: 'text/plain' };
    download(`kizuna-citation.${file.extension}`, new Blob([output.textContent ?? ''], { type: `${file.type};charset=utf-8` }));
  });
  const close = button('Close', () => dialog.close(), { 'data-key': 'close' });
  dialog.replaceChildren(
    h('h2', { id: 'cite-heading' }, 'Cite'),
    h('p', {}, target.title),
    tabs,
    output,
    h('div', { class: 'actions' }, copy, save, close),
    note,
  );
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  dialog.addEventListener('close', () => opener?.focus(), { once: true });
  dialog.showModal();
  (tabs.querySelector('button') as HTMLButtonElement | null)?.focus();
  await show('apa');
}
