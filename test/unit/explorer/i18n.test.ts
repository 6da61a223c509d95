/** Japanese detection, lang marking, the EN/JA label choice and names in words (explorer/src/i18n.ts). */
import fc from 'fast-check';
import { buildSchema, GraphQLEnumType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  currentJapaneseName,
  describeNames,
  formatPartialDate,
  formatPeriod,
  isJapanese,
  japaneseRuns,
  langOf,
  markLang,
  NAME_KIND_WORDS,
  namesList,
  pickLabel,
  textSpan,
  type NameRecord,
  type PartialDate,
} from '../../../explorer/src/i18n.js';
import { loadTypeDefs } from '../../../src/graphql/loadTypeDefs.js';

const unknown: PartialDate = { value: null, precision: null, year: null, status: 'UNKNOWN' };
const year = (y: number, status: PartialDate['status'] = 'KNOWN'): PartialDate => ({
  value: String(y),
  precision: 'YEAR',
  year: y,
  status,
});
const name = (value: string, kind: NameRecord['kind'], from = unknown, to = unknown, lang: string | null = null): NameRecord => ({
  value,
  kind,
  lang,
  from,
  to,
});

/** METI's names as the API gives them (seeds/institutions/japan.yaml). */
const METI: NameRecord[] = [
  name('経済産業省', 'JAPANESE', unknown, unknown, 'ja'),
  name('Ministry of Economy, Trade and Industry', 'OTHER'),
  name('METI', 'ACRONYM'),
];

describe('isJapanese', () => {
  it.each([
    '経済産業省',
    '通商産業省',
    'ひらがな',
    'カタカナ',
    'ｶﾀｶﾅ',
    'ー',
    '・',
    '、',
    '「',
    '　',
    '（',
    'ＡＢＣ',
    '１２３',
    '㈱',
    '々',
    'METI (経済産業省)',
  ])('finds Japanese in %s', (text) => expect(isJapanese(text)).toBe(true));

  it.each(['METI', 'Ministry of Economy, Trade and Industry', 'Café', 'Привет', '한국어', '1986 – 2001', '— “quoted” …', ''])(
    'finds none in %j',
    (text) => expect(isJapanese(text)).toBe(false),
  );

  it('takes null and undefined as no text', () => {
    expect(isJapanese(null)).toBe(false);
    expect(isJapanese(undefined)).toBe(false);
  });
});

describe('langOf', () => {
  it('says ja for text whose letters are mostly Japanese', () => {
    expect(langOf('経済産業省')).toBe('ja');
    expect(langOf('新エネルギー・産業技術総合開発機構 (NEDO)')).toBe('ja');
    expect(langOf('2001年1月6日')).toBe('ja');
    expect(langOf('「日加」')).toBe('ja');
  });

  it('says null for English, English quoting Japanese, and no text', () => {
    expect(langOf('Ministry of Economy, Trade and Industry')).toBeNull();
    expect(langOf('METI official site (Japanese name 経済産業省)')).toBeNull();
    expect(langOf('| Ministry of Economy, Trade and Industry (METI) | 経済産業省 | https://www.meti.go.jp/ |')).toBeNull();
    expect(langOf('1986')).toBeNull();
    expect(langOf('')).toBeNull();
    expect(langOf(null)).toBeNull();
  });
});

describe('japaneseRuns', () => {
  it('marks only the Japanese of English quoting it', () => {
    expect(japaneseRuns('METI official site (Japanese name 経済産業省)')).toEqual([
      { text: 'METI official site (Japanese name ', lang: null },
      { text: '経済産業省', lang: 'ja' },
      { text: ')', lang: null },
    ]);
    expect(japaneseRuns('| METI | 経済産業省 | https://www.meti.go.jp/ |')).toEqual([
      { text: '| METI | ', lang: null },
      { text: '経済産業省', lang: 'ja' },
      { text: ' | https://www.meti.go.jp/ |', lang: null },
    ]);
  });

  it('carries a run over digits, spaces and punctuation between Japanese, but not past its last Japanese character', () => {
    expect(japaneseRuns('2001年1月6日')).toEqual([
      { text: '2001', lang: null },
      { text: '年1月6日', lang: 'ja' },
    ]);
    expect(japaneseRuns('新エネルギー・産業技術総合開発機構 (NEDO)')).toEqual([
      { text: '新エネルギー・産業技術総合開発機構', lang: 'ja' },
      { text: ' (NEDO)', lang: null },
    ]);
    expect(japaneseRuns('経済産業省 and 通商産業省')).toEqual([
      { text: '経済産業省', lang: 'ja' },
      { text: ' and ', lang: null },
      { text: '通商産業省', lang: 'ja' },
    ]);
    expect(japaneseRuns('')).toEqual([]);
    expect(japaneseRuns('English only')).toEqual([{ text: 'English only', lang: null }]);
  });

  it('gives the text back, alternating runs, each Japanese run starting and ending on Japanese', () => {
    const pieces = fc.constantFrom('経済', '産業省', 'ひら', 'カナ', '・', '、', ' ', '1986', '(', ')', 'METI', 'and', '-', 'é', '𠮷');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const runs = japaneseRuns(text);
        expect(runs.map((run) => run.text).join('')).toBe(text);
        runs.forEach((run, i) => {
          expect(run.text).not.toBe('');
          if (i > 0) expect(run.lang).not.toBe(runs[i - 1]!.lang);
          if (run.lang === 'ja') {
            const chars = [...run.text];
            expect(isJapanese(chars[0])).toBe(true);
            expect(isJapanese(chars[chars.length - 1])).toBe(true);
          } else {
            expect(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(run.text)).toBe(false);
          }
        });
      }),
    );
  });
});

describe('dates and periods in words', () => {
  it('says a date at its own precision, and what is approximate, planned, disputed or unknown', () => {
    expect(formatPartialDate(year(1949))).toBe('1949');
    expect(formatPartialDate({ value: '1988-01', precision: 'MONTH', year: 1988, status: 'KNOWN' })).toBe('January 1988');
    expect(formatPartialDate({ value: '2001-01-06', precision: 'DAY', year: 2001, status: 'KNOWN' })).toBe('6 January 2001');
    expect(formatPartialDate(year(1962, 'APPROXIMATE'))).toBe('c. 1962');
    expect(formatPartialDate(year(2027, 'PLANNED'))).toBe('2027 (planned)');
    expect(formatPartialDate({ value: null, precision: null, year: null, status: 'DISPUTED' })).toBe('a disputed date');
    expect(formatPartialDate(unknown)).toBeNull();
    expect(formatPartialDate(null)).toBeNull();
  });

  it('says a period with its unknown ends plainly', () => {
    expect(formatPeriod(year(1949), year(2001))).toBe('1949 – 2001');
    expect(formatPeriod(year(2001), unknown)).toBe('from 2001');
    expect(formatPeriod(unknown, year(2001))).toBe('until 2001');
    expect(formatPeriod(unknown, unknown)).toBe('dates unknown');
    expect(formatPeriod(undefined, null)).toBe('dates unknown');
    expect(formatPeriod(year(1947, 'APPROXIMATE'), { value: '1993-06-25', precision: 'DAY', year: 1993, status: 'KNOWN' })).toBe(
      'c. 1947 – 25 June 1993',
    );
  });
});

describe('the EN/JA label', () => {
  it('shows the current Japanese name in ja mode and the English label in en mode', () => {
    expect(pickLabel('ja', 'METI', METI)).toEqual({ text: '経済産業省', lang: 'ja' });
    expect(pickLabel('en', 'METI', METI)).toEqual({ text: 'METI', lang: null });
  });

  it('falls back to the English label when there is no current Japanese name', () => {
    expect(pickLabel('ja', 'ISED', [name('ISED', 'ACRONYM'), name('Industry Canada', 'FORMER', year(1993), year(2015))])).toEqual({
      text: 'ISED',
      lang: null,
    });
    expect(pickLabel('ja', 'NRC', undefined)).toEqual({ text: 'NRC', lang: null });
    // A Japanese name that stopped being used is not the name today.
    expect(pickLabel('ja', 'X', [name('旧名', 'JAPANESE', year(1950), year(1990), 'ja')])).toEqual({ text: 'X', lang: null });
  });

  it('takes the latest current Japanese name, and a name recorded in Japanese whatever its kind', () => {
    const names = [
      name('旧称', 'JAPANESE', year(1950), year(2001), 'ja'),
      name('新名称', 'JAPANESE', year(2001), unknown, 'ja'),
      name('名称', 'JAPANESE', unknown, unknown, 'ja'),
    ];
    expect(currentJapaneseName(names)?.value).toBe('新名称');
    expect(currentJapaneseName([name('略称', 'OTHER', unknown, unknown, 'ja')])?.value).toBe('略称');
    expect(currentJapaneseName([name('Industry Canada', 'LEGAL')])).toBeNull();
  });
});

describe('all names in words', () => {
  it('lists every name with its kind and period, in kind order', () => {
    const lines = describeNames([
      name('Industry Canada', 'FORMER', year(1993), year(2015)),
      name('ISED', 'ACRONYM', year(2015)),
      name('Department of Industry', 'LEGAL', year(1995)),
      name('イセッド', 'OTHER', unknown, unknown, 'ja'),
      name('Innovation, Science and Economic Development Canada', 'APPLIED', year(2015)),
      name('Department of Industry', 'LEGAL', year(1995)),
    ]);
    expect(lines.map((line) => line.text)).toEqual([
      'Department of Industry — Legal name, from 1995',
      'Innovation, Science and Economic Development Canada — Applied title, from 2015',
      'ISED — Acronym, from 2015',
      'Industry Canada — Former name, 1993 – 2015',
      'イセッド — Other name, dates unknown',
    ]);
    expect(lines.map((line) => line.lang)).toEqual([null, null, null, null, 'ja']);
    expect(describeNames(METI)[1]).toMatchObject({ value: '経済産業省', kindWords: 'Japanese name', period: 'dates unknown', lang: 'ja' });
    expect(describeNames(undefined)).toEqual([]);
  });

  it('has words for every NameKind of the schema', () => {
    const schema = buildSchema(loadTypeDefs());
    const kinds = (schema.getType('NameKind') as GraphQLEnumType).getValues().map((value) => value.name);
    expect(Object.keys(NAME_KIND_WORDS).sort()).toEqual([...kinds].sort());
    expect(NAME_KIND_WORDS).toMatchObject({
      LEGAL: 'Legal name',
      APPLIED: 'Applied title',
      ACRONYM: 'Acronym',
      FORMER: 'Former name',
      JAPANESE: 'Japanese name',
      OTHER: 'Other name',
    });
    const statuses = (schema.getType('DateStatus') as GraphQLEnumType).getValues().map((value) => value.name);
    // Every status the schema has is worded (no status falls through to a raw value).
    for (const status of statuses) {
      const words = formatPartialDate({ value: '1990', precision: 'YEAR', year: 1990, status: status as PartialDate['status'] });
      expect(words === null || /1990|disputed/.test(words)).toBe(true);
    }
  });
});

/** Just enough of the DOM for dom.ts's h() and markLang: elements with attributes and children. */
class FakeElement {
  readonly attributes = new Map<string, string>();
  readonly childNodes: (FakeElement | string)[] = [];
  constructor(readonly tagName: string) {}
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  removeAttribute(name: string): void {
    this.attributes.delete(name);
  }
  append(...children: (FakeElement | string)[]): void {
    this.childNodes.push(...children);
  }
  get textContent(): string {
    return this.childNodes.map((child) => (typeof child === 'string' ? child : child.textContent)).join('');
  }
  /** Compact markup for assertions. */
  toString(): string {
    const attrs = [...this.attributes].map(([key, value]) => ` ${key}="${value}"`).join('');
    return `<${this.tagName}${attrs}>${this.childNodes.map(String).join('')}</${this.tagName}>`;
  }
}

describe('the DOM helpers', () => {
  beforeAll(() => {
    vi.stubGlobal('document', { createElement: (tag: string) => new FakeElement(tag) });
  });
  afterAll(() => {
    vi.unstubAllGlobals();
  });

  it('wraps Japanese in a lang="ja" span, English quoting Japanese in a span marking only the Japanese', () => {
    expect(String(textSpan('経済産業省'))).toBe('<span lang="ja">経済産業省</span>');
    expect(String(textSpan('METI'))).toBe('<span>METI</span>');
    expect(String(textSpan('METI official site (Japanese name 経済産業省)', undefined, { class: 'title' }))).toBe(
      '<span class="title">METI official site (Japanese name <span lang="ja">経済産業省</span>)</span>',
    );
    expect(String(textSpan('Keizai', 'ja'))).toBe('<span lang="ja">Keizai</span>');
    expect(String(textSpan('経済', 'en'))).toBe('<span lang="en">経済</span>');
  });

  it('marks an existing element by its text or a given value, and unmarks it when that is no longer Japanese', () => {
    const input = new FakeElement('input') as unknown as Element;
    expect(markLang(input, '経済産業省')).toBe('ja');
    expect(input.getAttribute('lang')).toBe('ja');
    expect(markLang(input, 'METI')).toBeNull();
    expect(input.getAttribute('lang')).toBeNull();

    const heading = new FakeElement('h3');
    heading.append('通商産業省');
    expect(markLang(heading as unknown as Element)).toBe('ja');
    expect(heading.getAttribute('lang')).toBe('ja');

    const french = new FakeElement('p');
    french.setAttribute('lang', 'fr');
    french.append('Ministère');
    markLang(french as unknown as Element);
    expect(french.getAttribute('lang')).toBe('fr');
  });

  it('lists names with each Japanese value marked', () => {
    expect(String(namesList(METI))).toBe(
      '<ul class="names">' +
        '<li data-name-kind="ACRONYM"><span class="name-value">METI</span> — Acronym, <span class="name-period">dates unknown</span></li>' +
        '<li data-name-kind="JAPANESE"><span class="name-value" lang="ja">経済産業省</span> — Japanese name, <span class="name-period">dates unknown</span></li>' +
        '<li data-name-kind="OTHER"><span class="name-value">Ministry of Economy, Trade and Industry</span> — Other name, <span class="name-period">dates unknown</span></li>' +
        '</ul>',
    );
  });
});
