/**
 * What a node is called on screen: a short label for the canvas (short title or acronym, in
 * English or, with the JA toggle, the Japanese name where the sources give one) and the full title
 * for hover, focus, details and exports.
 */
import * as api from './api.js';
import type { NodeSummary } from './api.js';
import type { Lang } from './state.js';
import { currentJapaneseName } from './i18n.js';
import { changeEventLabel } from './wording.js';

/** The node's current Japanese name when the API gave one (institutions' and mechanisms' names, events' nameJa). */
export function japaneseLabel(node: NodeSummary): string | null {
  return node.nameJa ?? currentJapaneseName(node.names)?.value ?? null;
}

/** The short label: "MOC 2023", "METI", "Renaming (1993)"; Japanese when `lang` is ja and known. */
export function shortLabel(node: NodeSummary, lang: Lang = 'en'): string {
  if (lang === 'ja') {
    const ja = japaneseLabel(node);
    if (ja) return ja;
  }
  if (node.__typename === 'ChangeEvent') return changeEventLabel(node.kind, node.date?.year ?? null);
  return api.labelOf(node);
}

/** The full title or name: "Memorandum of Cooperation on Industrial Science and Technology …". */
export function fullLabel(node: NodeSummary, lang: Lang = 'en'): string {
  if (lang === 'ja') {
    const ja = japaneseLabel(node);
    if (ja) return ja;
  }
  if (node.__typename === 'ChangeEvent') return changeEventLabel(node.kind, node.date?.year ?? null);
  const main = node.title ?? node.name ?? node.id;
  return node.acronym && !main.includes(node.acronym) ? `${main} (${node.acronym})` : main;
}
