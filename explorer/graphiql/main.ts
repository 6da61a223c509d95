/**
 * GraphiQL against this server's /graphql, opening with one operation tab and, beside it, the
 * cookbook (docs/queries/*.graphql, served at /graphiql/examples.json and read when the page loads,
 * so new examples need no rebuild) as a GraphiQL plugin panel that loads an example into the tab.
 * Styles are bundled files only (graphiql.css, no inline <style>); nothing loads from a CDN.
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './graphiql.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL, HISTORY_PLUGIN, type GraphiQLProps } from 'graphiql';
import { cookbookPlugin, type CookbookExample } from './cookbook.js';
import { keepSessionTabsValid } from './sessionTabs.js';

const fetcher: GraphiQLProps['fetcher'] = async (params) => {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(params),
  });
  return (await res.json()) as Record<string, unknown>;
};

async function loadExamples(): Promise<CookbookExample[]> {
  try {
    const res = await fetch('/graphiql/examples.json');
    return res.ok ? ((await res.json()) as CookbookExample[]) : [];
  } catch {
    return [];
  }
}

const examples = await loadExamples();
const root = document.getElementById('graphiql');
if (!root) throw new Error('GraphiQL: #graphiql is missing from index.html');
root.textContent = '';
const fallback =
  '# No cookbook examples found in docs/queries.\n{\n  search(text: "quantum") {\n    kind\n    score\n    matchedName\n  }\n}\n';
const cookbook = cookbookPlugin(examples);
keepSessionTabsValid(root);
createRoot(root).render(
  createElement(GraphiQL, {
    fetcher,
    // One tab, holding the first example; the cookbook panel loads the others into it.
    defaultQuery: examples[0]?.query ?? fallback,
    plugins: [cookbook, HISTORY_PLUGIN],
    // Open beside the editor where there is room for both; on a phone it would squeeze the editor
    // to nothing, so there it waits behind its sidebar button ("Show Cookbook").
    visiblePlugin: window.matchMedia('(min-width: 700px)').matches ? cookbook : undefined,
    defaultEditorToolsVisibility: 'variables',
  }),
);
root.dataset.status = 'ready';
root.dataset.examples = String(examples.length);
