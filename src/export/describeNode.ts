/**
 * The attributes every export shows for a node, whatever its kind: what it is called, its kind,
 * its main date, its country and summary. One place, so the CSV and JSON-LD agree.
 */
import type { NodeRecord } from '../model/records.js';

export interface PartialDate {
  /** "1985", "1988-01" or "1985-09-03": only as precise as the source. */
  value: string;
  precision: 'year' | 'month' | 'day';
}

export interface NodeDescription {
  /** Title of an instrument or source, name of anything else; null for a change event. */
  name: string | null;
  kind: string | null;
  /** The date that places the node in time (signed, founded, established, held, published). */
  date: PartialDate | null;
  country: string | null;
  summary: string | null;
}

/** The dated field that places each kind in time. */
const dateFields: Record<string, string> = {
  Instrument: 'date',
  Institution: 'founded',
  Mechanism: 'established',
  Event: 'date',
  ChangeEvent: 'date',
  Source: 'published',
  Figure: 'asOf',
};

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** A stored partial date; its precision is read from the value's own shape, so it cannot disagree. */
export function partialDateOf(value: unknown): PartialDate | null {
  const v = text(value);
  if (v === null || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) return null;
  return { value: v, precision: v.length === 10 ? 'day' : v.length === 7 ? 'month' : 'year' };
}

export function describeNode(record: NodeRecord): NodeDescription {
  const p = record.props;
  const field = dateFields[record.label];
  return {
    name: text(record.label === 'Instrument' || record.label === 'Source' ? p.title : record.label === 'Provision' ? p.locator : p.name),
    kind: text(record.label === 'Figure' ? p.unit : p.kind),
    date: field ? partialDateOf(p[field]) : null,
    country: text(p.country),
    // A provision's text is what it says; a figure reads as written.
    summary: text(record.label === 'Provision' ? p.text : record.label === 'Figure' ? p.asWritten : p.summary),
  };
}
