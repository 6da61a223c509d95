/**
 * Valid ARIA for GraphiQL's operation tabs, which GraphiQL 5 renders as
 *   ul[role=tablist] > li[role=tab][aria-selected] > (button.graphiql-tab-button, button.graphiql-tab-close)
 * with the editors in div#graphiql-session[role=tabpanel]. A tab's content is presentational, so
 * the buttons inside it are lost to assistive technology (axe: nested-interactive), and GraphiQL
 * has no prop to change the markup or hide the tab bar (graphql/graphiql#3373). Nor do the tabs
 * behave as an ARIA tablist: no arrow keys, every tab button is its own Tab stop. So this module
 * gives them the semantics of what they are, a list of buttons: the list and its items lose the
 * tab roles, the active tab's button gets aria-current, the session panel becomes a region named
 * by that button. Making each button the tab instead would leave the close buttons as children a
 * tablist may not have (axe: aria-required-children).
 *
 * React sets an attribute only when its value changes between renders, so GraphiQL re-adds
 * aria-selected when the active tab changes and the roles when it draws a new tab; a
 * MutationObserver repeats the repair then, before the browser paints.
 */
const SESSION_HEADER = '.graphiql-session-header';

function setAttribute(element: Element, name: string, value: string | null): void {
  // Only real changes: setting an attribute to its current value still queues a mutation record.
  if (element.getAttribute(name) === value) return;
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

/** Rewrites GraphiQL's tab markup under `root` (idempotent). */
export function repairSessionTabs(root: ParentNode): void {
  const list = root.querySelector(`${SESSION_HEADER} .graphiql-tabs`);
  if (list) {
    // A native <ul> is a list; it keeps GraphiQL's aria-label ("Select active operation").
    setAttribute(list, 'role', null);
    for (const item of Array.from(list.querySelectorAll(':scope > .graphiql-tab'))) {
      setAttribute(item, 'role', null);
      setAttribute(item, 'aria-selected', null);
      const button = item.querySelector('.graphiql-tab-button');
      if (button) setAttribute(button, 'aria-current', item.classList.contains('graphiql-tab-active') ? 'true' : null);
    }
  }
  // Still labelled by the active tab's button (GraphiQL keeps aria-labelledby up to date).
  const session = root.querySelector('#graphiql-session');
  if (session) setAttribute(session, 'role', 'region');
}

/** Repairs now and after every change GraphiQL makes to the tabs; returns a function that stops. */
export function keepSessionTabsValid(root: HTMLElement): () => void {
  const relevant = (record: MutationRecord): boolean => {
    const target = record.target instanceof Element ? record.target : record.target.parentElement;
    if (target && (target.id === 'graphiql-session' || target.closest(SESSION_HEADER) !== null)) return true;
    // GraphiQL drawn (or redrawn) as a whole; Monaco's constant redrawing elsewhere is not.
    return Array.from(record.addedNodes).some(
      (node) =>
        node instanceof Element && (node.matches(SESSION_HEADER) || node.querySelector(`${SESSION_HEADER}, #graphiql-session`) !== null),
    );
  };
  const observer = new MutationObserver((records) => {
    if (records.some(relevant)) repairSessionTabs(root);
  });
  observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['role', 'aria-selected', 'class'] });
  repairSessionTabs(root);
  return () => observer.disconnect();
}
