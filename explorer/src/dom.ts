/** Tiny DOM helpers: every text goes in through textContent, never innerHTML. */

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  for (const child of children) if (child !== null && child !== undefined) element.append(child);
  return element;
}

export function button(text: string, onClick: () => void, attrs: Record<string, string> = {}): HTMLButtonElement {
  const element = h('button', { type: 'button', ...attrs }, text);
  element.addEventListener('click', onClick);
  return element;
}

export function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`explorer: #${id} is missing from index.html`);
  return element as T;
}

export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** replaceChildren that skips the null/undefined left by optional parts. */
export function setChildren(element: HTMLElement, ...children: (Node | string | null | undefined)[]): void {
  element.replaceChildren(...children.filter((child): child is Node | string => child !== null && child !== undefined));
}

/** The key a control is found again by after its panel is redrawn: its data-key, aria-label or text. */
function keyOf(element: Element): string | null {
  return element.getAttribute('data-key') ?? element.getAttribute('aria-label') ?? element.textContent;
}

/**
 * Replaces a panel's content and keeps the keyboard where it was: if focus was inside the panel,
 * it moves to the control with the same key in the new content (the "Add to selection" button
 * becomes "Remove from selection" under the same data-key), or else to the panel itself, never to
 * the page body.
 */
export function renderPanel(panel: HTMLElement, ...children: (Node | string | null | undefined)[]): void {
  const active = document.activeElement;
  const hadFocus = active !== null && active !== panel && panel.contains(active);
  const key = hadFocus ? keyOf(active) : null;
  setChildren(panel, ...children);
  if (!hadFocus) return;
  const again = Array.from(panel.querySelectorAll<HTMLElement>('button, a[href], input, select, [tabindex]')).find((e) => keyOf(e) === key);
  (again ?? panel).focus({ preventScroll: true });
}
