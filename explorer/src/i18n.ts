/**
 * Japanese in an English page: telling Japanese text apart (by Unicode script, so no dictionary),
 * marking it lang="ja" (screen readers read it in Japanese, the browser picks Japanese glyph
 * forms and line breaking), choosing a node's label for the EN/JA toggle, and saying in words
 * every name a node has had, with its kind and period.
 *
 * Pure functions first (unit-tested in test/unit/explorer/i18n.test.ts); the DOM helpers at the
 * end build on dom.ts's h() and put every text in through textContent.
 */
import { h } from './dom.js';
import type { Lang } from './state.js';

// ---------------------------------------------------------------------------------------------
// Script test

/**
 * One character of Japanese writing: Han (kanji, including 々), Hiragana, Katakana (including the
 * half-width forms and the Katakana block's ・ and ー, which Unicode files under Common), CJK
 * symbols and punctuation (、。「」〜 and the ideographic space), enclosed CJK letters and CJK
 * compatibility forms (㈱ ㍻), and the full-width forms (！（）ＡＢＣ１２３).
 */
const JAPANESE_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\u30A0-\u30FF\u3200-\u33FF\uFF00-\uFFEF]/u;
/** A letter of some other script (Latin, Cyrillic …): what ends a Japanese run. */
const OTHER_LETTER = /\p{L}/u;

/** True when `text` holds any Japanese character (kanji, kana, CJK punctuation or full-width forms). */
export function isJapanese(text: string | null | undefined): boolean {
  return text !== null && text !== undefined && JAPANESE_CHAR.test(text);
}

/**
 * The language to mark `text` with: 'ja' when its letters are mostly Japanese (経済産業省,
 * 新エネルギー・産業技術総合開発機構 (NEDO)), else null (English, or English quoting a Japanese name,
 * whose Japanese parts `japaneseRuns` finds). Digits, spaces and ASCII punctuation do not count.
 */
export function langOf(text: string | null | undefined): 'ja' | null {
  if (!text) return null;
  let japanese = 0;
  let other = 0;
  for (const char of text) {
    if (JAPANESE_CHAR.test(char)) japanese++;
    else if (OTHER_LETTER.test(char)) other++;
  }
  return japanese > 0 && japanese >= other ? 'ja' : null;
}

export interface TextRun {
  text: string;
  /** 'ja' for a Japanese run, null for the rest. */
  lang: 'ja' | null;
}

/**
 * Splits mixed text into Japanese and other runs, so only the Japanese is marked: "METI official
 * site (Japanese name 経済産業省)" gives the English up to "name ", then 経済産業省, then ")".
 * A Japanese run starts at a Japanese character and goes on through digits, spaces and punctuation
 * while more Japanese follows ("2001年1月6日" → "2001" + "年1月6日"); a letter of another script
 * ends it. Joining the runs' text gives `text` back.
 */
export function japaneseRuns(text: string): TextRun[] {
  const chars = [...text];
  const runs: TextRun[] = [];
  const push = (part: string, lang: 'ja' | null): void => {
    if (part === '') return;
    const last = runs[runs.length - 1];
    if (last && last.lang === lang) last.text += part;
    else runs.push({ text: part, lang });
  };
  let i = 0;
  while (i < chars.length) {
    if (!JAPANESE_CHAR.test(chars[i]!)) {
      push(chars[i]!, null);
      i++;
      continue;
    }
    // From this Japanese character, take everything up to the last Japanese character before the
    // next letter of another script.
    let end = i + 1;
    let lastJapanese = i;
    while (end < chars.length && !(OTHER_LETTER.test(chars[end]!) && !JAPANESE_CHAR.test(chars[end]!))) {
      if (JAPANESE_CHAR.test(chars[end]!)) lastJapanese = end;
      end++;
    }
    push(chars.slice(i, lastJapanese + 1).join(''), 'ja');
    i = lastJapanese + 1;
  }
  return runs;
}

// ---------------------------------------------------------------------------------------------
// Names, as the API returns them (schema/institution.graphql Name, schema/node.graphql PartialDate)

export type NameKind = 'LEGAL' | 'APPLIED' | 'ACRONYM' | 'FORMER' | 'JAPANESE' | 'OTHER';
export type DateStatus = 'KNOWN' | 'APPROXIMATE' | 'UNKNOWN' | 'DISPUTED' | 'PLANNED';
export type DatePrecision = 'YEAR' | 'MONTH' | 'DAY';

/** A date only as precise as its source; `value` is "YYYY", "YYYY-MM" or "YYYY-MM-DD", null when unknown or disputed. */
export interface PartialDate {
  value: string | null;
  precision?: DatePrecision | null;
  year?: number | null;
  status: DateStatus;
}

/** A name something had (the API's Name, without evidence): select `value kind lang from { value precision year status } to { … }`. */
export interface NameRecord {
  value: string;
  kind: NameKind;
  /** "ja" for Japanese names, otherwise as recorded (usually "en"). */
  lang?: string | null;
  from: PartialDate;
  to: PartialDate;
}

/** Each NameKind in words, in the order a list of names shows them. */
export const NAME_KIND_WORDS: Readonly<Record<NameKind, string>> = {
  LEGAL: 'Legal name',
  APPLIED: 'Applied title',
  ACRONYM: 'Acronym',
  JAPANESE: 'Japanese name',
  FORMER: 'Former name',
  OTHER: 'Other name',
};

const KIND_ORDER = Object.keys(NAME_KIND_WORDS) as NameKind[];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date's value in words at its own precision: "1949", "January 1988", "6 January 2001". */
function dateValueWords(value: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year!;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/**
 * A PartialDate in words, or null when the sources give none: "2001", "c. 1949" (approximate),
 * "2027 (planned)", "a disputed date" (the competing claims are in the node's dateClaims).
 */
export function formatPartialDate(date: PartialDate | null | undefined): string | null {
  if (!date) return null;
  if (date.status === 'DISPUTED') return 'a disputed date';
  if (date.status === 'UNKNOWN' || !date.value) return null;
  const words = dateValueWords(date.value);
  if (date.status === 'APPROXIMATE') return `c. ${words}`;
  if (date.status === 'PLANNED') return `${words} (planned)`;
  return words;
}

/**
 * A period in words, saying plainly what is unknown: "1949 – 2001", "from 2001", "until 2001",
 * "dates unknown". An unknown end reads as open: the schema gives an end status UNKNOWN both
 * when the name is still used and when the sources do not say.
 */
export function formatPeriod(from: PartialDate | null | undefined, to: PartialDate | null | undefined): string {
  const start = formatPartialDate(from);
  const end = formatPartialDate(to);
  if (start && end) return `${start} – ${end}`;
  if (start) return `from ${start}`;
  if (end) return `until ${end}`;
  return 'dates unknown';
}

/** True for a Japanese name: kind JAPANESE, or any name recorded in language "ja". */
export function isJapaneseName(name: NameRecord): boolean {
  return name.kind === 'JAPANESE' || (name.lang ?? '').toLowerCase() === 'ja';
}

/** True while a name is in use: no end recorded (or only a planned one). */
export function isCurrentName(name: NameRecord): boolean {
  return name.to.status === 'UNKNOWN' || name.to.status === 'PLANNED';
}

/**
 * The current Japanese name, or null: among Japanese names still in use, the one that came into
 * use last (an undated start counts as earliest; on a tie, the first listed).
 */
export function currentJapaneseName(names: readonly NameRecord[] | null | undefined): NameRecord | null {
  let best: NameRecord | null = null;
  for (const name of names ?? []) {
    if (!isJapaneseName(name) || !isCurrentName(name) || name.value.trim() === '') continue;
    if (!best || (name.from.year ?? -Infinity) > (best.from.year ?? -Infinity)) best = name;
  }
  return best;
}

export interface Label {
  text: string;
  /** 'ja' when the label is Japanese and should be marked so. */
  lang: 'ja' | null;
}

/**
 * The label to show for the EN/JA toggle: in 'en' mode the English label; in 'ja' mode the node's
 * current Japanese name when it has one, else the English label.
 */
export function pickLabel(mode: Lang, englishLabel: string, names: readonly NameRecord[] | null | undefined): Label {
  if (mode === 'ja') {
    const japanese = currentJapaneseName(names);
    if (japanese) return { text: japanese.value, lang: 'ja' };
  }
  return { text: englishLabel, lang: langOf(englishLabel) };
}

export interface NameLine {
  value: string;
  /** 'ja' for a Japanese name (by its lang, its kind or its script), else null. */
  lang: 'ja' | null;
  kind: NameKind;
  /** The kind in words, e.g. "Japanese name". */
  kindWords: string;
  /** The period in words, e.g. "1949 – 2001", "from 2001", "dates unknown". */
  period: string;
  /** The whole line: "経済産業省 — Japanese name, from 2001". */
  text: string;
}

/**
 * Every name of a node with its kind and period, in the order legal, applied, acronym, Japanese,
 * former, other (and, within a kind, as the API lists them); exact repeats are shown once.
 */
export function describeNames(names: readonly NameRecord[] | null | undefined): NameLine[] {
  const seen = new Set<string>();
  return [...(names ?? [])]
    .map((name, index) => ({ name, index }))
    .sort((a, b) => KIND_ORDER.indexOf(a.name.kind) - KIND_ORDER.indexOf(b.name.kind) || a.index - b.index)
    .map(({ name }): NameLine => {
      const kindWords = NAME_KIND_WORDS[name.kind] ?? NAME_KIND_WORDS.OTHER;
      const period = formatPeriod(name.from, name.to);
      return {
        value: name.value,
        lang: isJapaneseName(name) || langOf(name.value) === 'ja' ? 'ja' : null,
        kind: name.kind,
        kindWords,
        period,
        text: `${name.value} — ${kindWords}, ${period}`,
      };
    })
    .filter((line) => {
      const key = line.text;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

// ---------------------------------------------------------------------------------------------
// DOM

/**
 * A span holding `text`, marked lang="ja" when it is Japanese. With `lang` given, the span is
 * marked so; without, the language is worked out: mostly Japanese marks the whole span, English
 * quoting Japanese marks only the Japanese runs (each in an inner span), anything else is plain.
 */
export function textSpan(text: string, lang?: 'ja' | 'en' | null, attrs: Record<string, string> = {}): HTMLSpanElement {
  if (lang) return h('span', { ...attrs, lang }, text);
  if (langOf(text) === 'ja') return h('span', { ...attrs, lang: 'ja' }, text);
  if (!isJapanese(text)) return h('span', attrs, text);
  return h('span', attrs, ...japaneseRuns(text).map((run) => (run.lang === 'ja' ? h('span', { lang: 'ja' }, run.text) : run.text)));
}

/**
 * Marks an existing element by what it shows (by default its text; pass an input's value):
 * lang="ja" when mostly Japanese, and a lang="ja" it was given before is removed when it no longer
 * is. Any other lang attribute is left alone. Returns the language it set.
 */
export function markLang(element: Element, text: string | null = element.textContent): 'ja' | null {
  const lang = langOf(text);
  if (lang === 'ja') element.setAttribute('lang', 'ja');
  else if (element.getAttribute('lang') === 'ja') element.removeAttribute('lang');
  return lang;
}

/** A list of every name of a node (see describeNames), each value marked lang="ja" when Japanese. */
export function namesList(names: readonly NameRecord[] | null | undefined): HTMLUListElement {
  return h(
    'ul',
    { class: 'names' },
    ...describeNames(names).map((line) =>
      h(
        'li',
        { 'data-name-kind': line.kind },
        textSpan(line.value, line.lang, { class: 'name-value' }),
        ` — ${line.kindWords}, `,
        h('span', { class: 'name-period' }, line.period),
      ),
    ),
  );
}
