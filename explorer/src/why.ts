/**
 * "Why is this here": the chain of drawn links that joins a node to what the view is about (the
 * lineage's root, the compared instruments, the expanded nodes, the path's ends). Breadth-first
 * over the drawn links in either direction, so the chain is one of the shortest.
 */

export interface Link {
  id: string;
  source: string;
  target: string;
}

/**
 * The link ids from the nearest anchor to `target`, in order from the anchor; [] when `target` is
 * itself an anchor, null when nothing drawn joins them.
 */
export function chainTo(target: string, anchors: string[], links: Link[]): string[] | null {
  if (anchors.includes(target)) return [];
  const around = new Map<string, { link: string; other: string }[]>();
  for (const link of links) {
    around.set(link.source, [...(around.get(link.source) ?? []), { link: link.id, other: link.target }]);
    around.set(link.target, [...(around.get(link.target) ?? []), { link: link.id, other: link.source }]);
  }
  const via = new Map<string, { link: string; from: string } | null>(anchors.map((a) => [a, null]));
  let frontier = [...anchors];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const step of around.get(node) ?? []) {
        if (via.has(step.other)) continue;
        via.set(step.other, { link: step.link, from: node });
        if (step.other === target) {
          const chain: string[] = [];
          for (let at = via.get(target); at; at = via.get(at.from)) chain.unshift(at.link);
          return chain;
        }
        next.push(step.other);
      }
    }
    frontier = next;
  }
  return null;
}
