import { describe, expect, it } from 'vitest';
import { toNodeRecord } from '../../../src/db/toNodeRecord.js';

describe('toNodeRecord', () => {
  it("makes a node record of a statement's kind and properties, its id taken from the properties", () => {
    const props = { id: 'nrc', name: 'National Research Council Canada' };
    const record = toNodeRecord('Institution', props);
    expect(record).toEqual({ label: 'Institution', id: 'nrc', props });
    expect(record.props).toBe(props);
  });
});
