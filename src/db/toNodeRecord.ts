/**
 * The one row→record mapping: a node as a statement returns it (its kind and stored properties)
 * becomes the NodeRecord every layer above works with. Statements return the kind as the label
 * other than :Entity (see cypher/nodes-by-ids.cypher), so the record's label is the node's kind.
 */
import type { NodeRecord, Props } from '../model/records.js';
import type { NodeLabel } from '../model/vocabulary.js';

export function toNodeRecord<L extends NodeLabel>(label: L, props: Props): NodeRecord<L> {
  return { label, id: props.id, props };
}
