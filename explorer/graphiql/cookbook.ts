/**
 * The cookbook as a GraphiQL plugin: a panel beside the editor listing every docs/queries/*.graphql
 * question as a button. Activating one (click, or Enter / Space from the keyboard) loads it into the
 * active editor tab, replacing what is there; the page keeps one tab instead of one per example.
 * The loaded example is marked (aria-current) for as long as the editor holds its text unchanged.
 */
import { createElement as h, useState, type ReactElement, type SVGProps } from 'react';
import { formatShortcutForOS, KEY_MAP, pick, useGraphiQL, useGraphiQLActions, type GraphiQLPlugin } from '@graphiql/react';

export interface CookbookExample {
  /** File name without .graphql, e.g. "lineage-of-an-instrument". */
  name: string;
  /** The question the file answers (as /graphiql/examples.json reads it: its first line only). */
  title: string;
  query: string;
}

/**
 * The whole question a cookbook file answers: its `# Question:` comment with the comment lines that
 * continue it, up to the first empty comment line, without the quotes. examples.json's `title`
 * stops at the first line break, mid-sentence for the longer questions, so the panel reads the file.
 */
export function questionOf(example: CookbookExample): string {
  const lines = example.query.split('\n');
  const start = lines.findIndex((line) => /^#\s*Question:/.test(line));
  if (start < 0) return example.title;
  const parts = [lines[start]!.replace(/^#\s*Question:\s*/, '').trim()];
  for (const line of lines.slice(start + 1)) {
    const text = /^#(.*)$/.exec(line)?.[1]?.trim();
    if (!text) break;
    parts.push(text);
  }
  const question = parts
    .join(' ')
    .replace(/^"(.*)"$/s, '$1')
    .trim();
  return question || example.title;
}

function CookbookIcon(props: SVGProps<SVGSVGElement>): ReactElement {
  // An open book, drawn like GraphiQL's own sidebar icons (stroked, currentColor, 20 px in the sidebar).
  return h(
    'svg',
    {
      viewBox: '0 0 24 24',
      fill: 'none',
      stroke: 'currentColor',
      strokeWidth: 1.5,
      strokeLinecap: 'round',
      strokeLinejoin: 'round',
      ...props,
    },
    h('path', { d: 'M12 6.5C10.2 5 7.6 4.5 3 4.75v13.5c4.6-.25 7.2.25 9 1.75 1.8-1.5 4.4-2 9-1.75V4.75C16.4 4.5 13.8 5 12 6.5Z' }),
    h('path', { d: 'M12 6.5V20' }),
  );
}

/** Normalised for comparison: GraphiQL keeps the text as typed, line endings and trailing space included. */
const normalise = (query: string | null | undefined): string => (query ?? '').replace(/\r\n/g, '\n').trim();

function CookbookPanel({ examples }: { examples: CookbookExample[] }): ReactElement {
  const { queryEditor, variableEditor, responseEditor } = useGraphiQL(pick('queryEditor', 'variableEditor', 'responseEditor'));
  const activeQuery = useGraphiQL((state) => normalise(state.tabs[state.activeTabIndex]?.query));
  const { updateActiveTabValues } = useGraphiQLActions();
  const [status, setStatus] = useState('');
  const run = formatShortcutForOS(KEY_MAP.runQuery.key);

  const load = (example: CookbookExample): void => {
    if (!queryEditor) return;
    queryEditor.setValue(example.query);
    // The examples take their arguments from variable defaults: variables typed for another
    // operation, and its response, do not belong to this one.
    variableEditor?.setValue('');
    responseEditor?.setValue('');
    updateActiveTabValues({ variables: '', response: null });
    setStatus(`Loaded “${questionOf(example)}” into the editor. Run it with ${run} or the Run button.`);
  };

  return h(
    'section',
    { className: 'kizuna-cookbook', 'aria-labelledby': 'kizuna-cookbook-title' },
    h('h2', { id: 'kizuna-cookbook-title', className: 'kizuna-cookbook-title' }, 'Cookbook'),
    h(
      'p',
      { className: 'kizuna-cookbook-intro' },
      `Questions the graph answers (docs/queries). Choose one to load it into the editor, then run it with ${run}.`,
    ),
    examples.length === 0
      ? h('p', null, 'No cookbook examples found in docs/queries.')
      : h(
          'ul',
          { className: 'kizuna-cookbook-list' },
          examples.map((example) =>
            h(
              'li',
              { key: example.name },
              h(
                'button',
                {
                  type: 'button',
                  className: 'kizuna-cookbook-example',
                  'data-example': example.name,
                  'aria-current': normalise(example.query) === activeQuery ? 'true' : undefined,
                  disabled: !queryEditor,
                  onClick: () => load(example),
                },
                h('span', { className: 'kizuna-cookbook-question' }, questionOf(example)),
                h('span', { className: 'kizuna-cookbook-file' }, `${example.name}.graphql`),
              ),
            ),
          ),
        ),
    h('p', { className: 'kizuna-cookbook-status', role: 'status' }, status),
  );
}

/** The plugin for GraphiQL's `plugins` prop; pass the same object as `visiblePlugin` to open it on load. */
export function cookbookPlugin(examples: CookbookExample[]): GraphiQLPlugin {
  return {
    title: 'Cookbook',
    icon: CookbookIcon,
    content: () => h(CookbookPanel, { examples }),
  };
}
