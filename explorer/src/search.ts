/**
 * The search box: suggestions as you type (the ARIA 1.2 combobox pattern: arrow keys move through
 * them, Enter opens one, Escape closes the list) and, on submit, the full search results.
 */
import * as api from './api.js';
import type { NodeSummary } from './api.js';
import { button, byId, h } from './dom.js';
import { markLang, textSpan } from './i18n.js';
import { KIND_WORDS, humanise } from './wording.js';

export interface SearchContext {
  open: (id: string) => void;
  pick: (id: string) => void;
  remember: (node: NodeSummary) => void;
  setStatus: (text: string, status: 'loading' | 'ready' | 'error') => void;
}

/** Wait this long after the last keystroke before asking for suggestions. */
const SUGGEST_DELAY_MS = 120;

/** Wires the search form, its suggestion list and the results list. */
export function setUpSearch(ctx: SearchContext): void {
  const input = byId<HTMLInputElement>('search-input');
  const list = byId<HTMLUListElement>('suggestions');
  const results = byId<HTMLUListElement>('search-results');
  let options: api.Suggestion[] = [];
  let index = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  const close = (): void => {
    list.hidden = true;
    list.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    options = [];
    index = -1;
  };
  const highlight = (next: number): void => {
    index = next;
    Array.from(list.children).forEach((item, i) => item.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', `suggestion-${index}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const choose = (suggestion: api.Suggestion): void => {
    close();
    input.value = suggestion.title;
    ctx.open(suggestion.node.id);
  };

  async function suggest(prefix: string): Promise<void> {
    const ticket = ++asked;
    const found = await api.suggest(prefix).catch(() => [] as api.Suggestion[]);
    if (ticket !== asked || input.value.trim() !== prefix) return;
    options = found;
    if (found.length === 0) return close();
    list.replaceChildren(
      ...found.map((s, i) => {
        const kind = KIND_WORDS[s.node.__typename]?.one ?? humanise(s.kind);
        const item = h(
          'li',
          { id: `suggestion-${i}`, role: 'option', 'aria-selected': 'false', 'data-id': s.node.id },
          textSpan(s.title, null, { class: 'title' }),
          h('span', { class: 'kind' }, [kind, s.year !== null ? String(s.year) : null].filter(Boolean).join(' · ')),
          s.matchedName !== s.title ? h('span', { class: 'matched' }, 'matched “', textSpan(s.matchedName), '”') : null,
        );
        // mousedown, not click: the input's blur would close the list before a click lands.
        item.addEventListener('mousedown', (event) => {
          event.preventDefault();
          choose(s);
        });
        return item;
      }),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    index = -1;
  }

  input.addEventListener('input', () => {
    // Typed Japanese is marked so, for the right glyphs and for screen readers.
    markLang(input, input.value);
    clearTimeout(timer);
    const prefix = input.value.trim();
    if (prefix === '' || prefix.length > 100) return close();
    timer = setTimeout(() => void suggest(prefix), SUGGEST_DELAY_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (list.hidden || options.length === 0) return;
    if (event.key === 'ArrowDown') highlight((index + 1) % options.length);
    else if (event.key === 'ArrowUp') highlight(index <= 0 ? options.length - 1 : index - 1);
    else if (event.key === 'Escape') close();
    else if (event.key === 'Enter' && index >= 0) {
      const chosen = options[index];
      if (chosen) choose(chosen);
    } else return;
    event.preventDefault();
  });
  input.addEventListener('blur', () => setTimeout(close, 150));

  byId<HTMLFormElement>('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    close();
    void runSearch(input.value);
  });

  async function runSearch(text: string): Promise<void> {
    if (text.trim() === '') return;
    ctx.setStatus(`Searching for “${text}”…`, 'loading');
    try {
      const hits = await api.search(text);
      for (const hit of hits) ctx.remember(hit.node);
      results.replaceChildren(
        ...hits.map((hit) => {
          const label = api.labelOf(hit.node);
          // The accessible name is the visible text (label, then kind or how it was reached).
          const open = button(label, () => ctx.open(hit.node.id), {
            'data-id': hit.node.id,
            title: hit.via ? `via ${hit.via.description}` : hit.matchedName ? `matched “${hit.matchedName}”` : label,
          });
          open.append(h('span', { class: 'kind' }, hit.via ? ` via ${hit.via.description}` : ` ${humanise(hit.kind)}`));
          return h(
            'li',
            {},
            open,
            button('+', () => ctx.pick(hit.node.id), { 'aria-label': `Add ${label} to the selection` }),
          );
        }),
      );
      if (hits.length === 0) results.append(h('li', { class: 'hint' }, 'No match.'));
      ctx.setStatus(`${hits.length} results for “${text}”. Open one to see its neighbourhood.`, 'ready');
    } catch (error) {
      ctx.setStatus(`Search failed: ${error instanceof Error ? error.message : String(error)}`, 'error');
    }
  }
}
