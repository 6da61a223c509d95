/**
 * The one state model: every change (expand, select, filter, hide, view, language) goes through
 * `commit`, which writes the URL and tells every subscriber (canvas, panels, exports read it back),
 * and keeps what came before so the user can undo it.
 */
import { formatState, parseState, type ExplorerState } from './state.js';

export interface CommitOptions {
  /** Replace the browser history entry instead of adding one (details, slider drags). */
  replace?: boolean;
  /** Leave the change out of the undo stack (opening details is not an edit of the view). */
  undoable?: boolean;
}

export type Listener = (next: ExplorerState, previous: ExplorerState) => void;

/** How many steps Undo remembers. */
const UNDO_DEPTH = 50;

export class Store {
  private current: ExplorerState;
  private readonly past: ExplorerState[] = [];
  private readonly listeners: Listener[] = [];

  constructor(initial: ExplorerState) {
    this.current = initial;
    // Back and forward restore a state the URL holds; they are navigation, not an edit to undo.
    window.addEventListener('popstate', () => this.set(parseState(window.location.search)));
  }

  get state(): ExplorerState {
    return this.current;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  subscribe(listener: Listener): void {
    this.listeners.push(listener);
  }

  /** Applies a change; a change that changes nothing is ignored (no history entry, no render). */
  commit(change: Partial<ExplorerState>, options: CommitOptions = {}): void {
    const next = { ...this.current, ...change };
    if (formatState(next) === formatState(this.current)) return;
    if (options.undoable !== false) {
      this.past.push(this.current);
      if (this.past.length > UNDO_DEPTH) this.past.shift();
    }
    const url = `${window.location.pathname}${formatState(next)}`;
    if (options.replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    this.set(next);
  }

  /** Goes back to the state before the last undoable change. */
  undo(): void {
    const previous = this.past.pop();
    if (!previous) return;
    window.history.pushState(null, '', `${window.location.pathname}${formatState(previous)}`);
    this.set(previous);
  }

  private set(next: ExplorerState): void {
    const previous = this.current;
    this.current = next;
    for (const listener of this.listeners) listener(next, previous);
  }
}
