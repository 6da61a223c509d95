import { describe, expect, it } from 'vitest';
import { createProblemsError, toInputProblem } from '../../../src/curation/createProblemsError.js';

const problem = (record: string, field: string, message: string) => ({ file: 'input', record, field, message });

describe('toInputProblem', () => {
  it('paths a field of the record itself under input', () => {
    expect(toInputProblem(problem('moc-2024', 'title', 'is required'))).toEqual({ path: 'input.title', message: 'is required' });
  });

  it('paths a field of a nested item through every part of the record after its id', () => {
    expect(toInputProblem(problem('moc-2024 › parties[0]', 'role', 'is required'))).toEqual({
      path: 'input.parties[0].role',
      message: 'is required',
    });
    expect(toInputProblem(problem('moc-2024 › names[1] › evidence[0]', 'excerpt', 'is too long'))).toEqual({
      path: 'input.names[1].evidence[0].excerpt',
      message: 'is too long',
    });
  });

  it('puts a relationship problem on the item that declared it, with the relation named in the message', () => {
    expect(toInputProblem(problem('moc-2024 › covers[2]', 'COVERS', 'refers to "x"'))).toEqual({
      path: 'input.covers[2]',
      message: 'COVERS refers to "x"',
    });
    expect(toInputProblem(problem('relationship', 'PART_OF', 'refers to "y"'))).toEqual({
      path: 'input',
      message: 'PART_OF refers to "y"',
    });
  });

  it('treats a field in parentheses as the item itself, and only capitals and underscores as a relation', () => {
    expect(toInputProblem(problem('x › relations[0]', '(item)', 'must be { type, target, evidence }'))).toEqual({
      path: 'input.relations[0]',
      message: 'must be { type, target, evidence }',
    });
    for (const field of ['Title', 'evidenceEN', 'EN_2', 'PART_OF.role']) {
      expect(toInputProblem(problem('x', field, 'is odd'))).toEqual({ path: `input.${field}`, message: 'is odd' });
    }
  });
});

describe('createProblemsError', () => {
  it('makes one problem its message', () => {
    const error = createProblemsError([problem('x', 'title', 'is required')]);
    expect(error.message).toBe('input.title: is required');
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', problems: [{ path: 'input.title', message: 'is required' }] });
  });

  it('counts and lists several problems in its message', () => {
    const error = createProblemsError([problem('x', 'title', 'is required'), problem('x › parties[0]', 'role', 'is required')]);
    expect(error.message).toBe('The input has 2 problems: input.title: is required; input.parties[0].role: is required');
  });
});
