/**
 * GraphiQL against this server's /graphql, with one tab per cookbook query (docs/queries/*.graphql,
 * served at /graphiql/examples.json and read when the page loads, so new examples need no rebuild).
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL, type GraphiQLProps } from 'graphiql';

interface CookbookExample {
  name: string;
  title: string;
  query: string;
}

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
createRoot(root).render(
  createElement(GraphiQL, {
    fetcher,
    defaultQuery: examples[0]?.query ?? fallback,
    defaultTabs: examples.length > 0 ? examples.map((example) => ({ query: example.query })) : [{ query: fallback }],
    defaultEditorToolsVisibility: 'variables',
  }),
);
root.dataset.status = 'ready';
root.dataset.examples = String(examples.length);
