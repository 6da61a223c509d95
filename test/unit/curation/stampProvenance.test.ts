import { describe, expect, it } from 'vitest';
import { stampProvenance } from '../../../src/curation/stampProvenance.js';

const by = { name: 'carol', at: '2026-01-02T00:00:00.000Z' };

describe('stampProvenance', () => {
  it('stamps a new record as created and updated by the curator, keeping its properties', () => {
    expect(stampProvenance({ title: 't', year: 1985 }, undefined, by)).toEqual({
      title: 't',
      year: 1985,
      createdBy: 'carol',
      createdAt: by.at,
      updatedBy: 'carol',
      updatedAt: by.at,
    });
  });

  it('keeps the original creator and time on update, and stamps the updater', () => {
    const previous = { createdBy: 'alice', createdAt: '2025-01-01T00:00:00.000Z', updatedBy: 'bob', updatedAt: '2025-06-01T00:00:00.000Z' };
    expect(stampProvenance({ title: 't' }, previous, by)).toEqual({
      title: 't',
      createdBy: 'alice',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedBy: 'carol',
      updatedAt: by.at,
    });
  });

  it('stamps the curator as creator when the previous version has no usable creator or time', () => {
    expect(stampProvenance({}, { createdBy: '', createdAt: 20250101 }, by)).toEqual({
      createdBy: 'carol',
      createdAt: by.at,
      updatedBy: 'carol',
      updatedAt: by.at,
    });
  });

  it('does not let the input set its own provenance', () => {
    const props = { createdBy: 'mallory', createdAt: '1999-01-01', updatedBy: 'mallory', updatedAt: '1999-01-01' };
    expect(stampProvenance(props, undefined, by)).toEqual({ createdBy: 'carol', createdAt: by.at, updatedBy: 'carol', updatedAt: by.at });
  });
});
