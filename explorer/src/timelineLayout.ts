/**
 * Positions for the lineage view: one column per distinct year, left to right, so
 * 1985 → 1986 → 2019 → 2023 → 2026 reads as a timeline. An undated node goes to the mean column
 * of its dated neighbours (repeatedly, so chains of undated nodes settle too); one with no dated
 * neighbour at all goes to the column of the root. Within a column the groups take turns
 * (instruments first), each group's dated nodes first, then by label. The caller decides which nodes count as dated (the explorer dates
 * instruments, events and change events, and places institutions by the instruments they join).
 */

export interface TimelineNode {
  id: string;
  year: number | null;
  group: string;
  label: string;
}

export interface TimelineResult {
  positions: Map<string, { x: number; y: number }>;
  /** The year columns, for the axis: the year and its x. */
  columns: { year: number; x: number }[];
}

export function timelineLayout(
  nodes: TimelineNode[],
  edges: { source: string; target: string }[],
  options: { rootId?: string | null; columnWidth?: number; rowHeight?: number } = {},
): TimelineResult {
  const columnWidth = options.columnWidth ?? 220;
  const rowHeight = options.rowHeight ?? 56;
  const years = [...new Set(nodes.map((n) => n.year).filter((y): y is number => y !== null))].sort((a, b) => a - b);
  const columnOfYear = new Map(years.map((y, i) => [y, i]));
  const column = new Map<string, number>();
  for (const node of nodes) if (node.year !== null) column.set(node.id, columnOfYear.get(node.year) ?? 0);

  const neighbours = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  for (const edge of edges) {
    neighbours.get(edge.source)?.push(edge.target);
    neighbours.get(edge.target)?.push(edge.source);
  }
  const undated = nodes.filter((n) => n.year === null);
  for (let round = 0; round < 4; round++) {
    let placed = 0;
    for (const node of undated) {
      if (column.has(node.id)) continue;
      const known = (neighbours.get(node.id) ?? []).map((id) => column.get(id)).filter((c): c is number => c !== undefined);
      if (known.length === 0) continue;
      column.set(node.id, Math.round(known.reduce((a, b) => a + b, 0) / known.length));
      placed++;
    }
    if (placed === 0) break;
  }
  const fallback = (options.rootId ? column.get(options.rootId) : undefined) ?? Math.max(0, years.length - 1);
  for (const node of undated) if (!column.has(node.id)) column.set(node.id, fallback);

  const byColumn = new Map<number, TimelineNode[]>();
  for (const node of nodes) {
    const c = column.get(node.id) ?? 0;
    byColumn.set(c, [...(byColumn.get(c) ?? []), node]);
  }
  const positions = new Map<string, { x: number; y: number }>();
  for (const [c, unsorted] of byColumn) {
    const members = interleave(unsorted);
    const top = -((members.length - 1) * rowHeight) / 2;
    members.forEach((node, i) => positions.set(node.id, { x: c * columnWidth, y: top + i * rowHeight }));
  }
  return { positions, columns: years.map((year, i) => ({ year, x: i * columnWidth })) };
}

/** The order groups take their turns in a column: instruments first, then the others by name. */
function groupOrder(a: string, b: string): number {
  return Number(b === 'Instrument') - Number(a === 'Instrument') || a.localeCompare(b);
}

/**
 * A column's nodes, the groups taking turns (an instrument, an institution, an area, the next
 * instrument …), each group dated first, then by label. Zoomed out, only the instruments keep
 * their (larger) labels: spaced by the other kinds, they do not pile on each other.
 */
function interleave(members: TimelineNode[]): TimelineNode[] {
  const groups = new Map<string, TimelineNode[]>();
  for (const node of members) groups.set(node.group, [...(groups.get(node.group) ?? []), node]);
  const lists = [...groups.entries()]
    .sort(([a], [b]) => groupOrder(a, b))
    .map(([, list]) => list.sort((a, b) => Number(a.year === null) - Number(b.year === null) || a.label.localeCompare(b.label)));
  const out: TimelineNode[] = [];
  for (let i = 0; out.length < members.length; i++) for (const list of lists) if (list[i]) out.push(list[i]!);
  return out;
}

/** The kinds that sit at their own date on a lineage timeline. */
const DATED_KINDS = new Set(['Instrument', 'Event', 'ChangeEvent']);

/**
 * The column year of each node in a lineage: an instrument, event or institutional change sits at
 * its own year; any other node (an institution, area, mechanism, country) at the year it enters the
 * lineage, the earliest year of the links that join it to the rest (a link's year is its own or
 * that of the dated instrument, event or change it joins). So MITI, party to the 1985 Arrangement,
 * sits in 1985 — not in the year it was founded, nor beside the latest instrument. A node with
 * neither gets null and timelineLayout places it by its neighbours.
 */
export function lineageColumnYears(
  nodes: { id: string; kind: string; year: number | null }[],
  edges: { source: string; target: string; year: number | null }[],
): Map<string, number | null> {
  const entry = new Map<string, number>();
  for (const edge of edges) {
    if (edge.year === null) continue;
    for (const end of [edge.source, edge.target]) {
      const known = entry.get(end);
      if (known === undefined || edge.year < known) entry.set(end, edge.year);
    }
  }
  return new Map(nodes.map((n) => [n.id, DATED_KINDS.has(n.kind) && n.year !== null ? n.year : (entry.get(n.id) ?? null)]));
}
