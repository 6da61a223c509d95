import { describe, expect, it } from 'vitest';
import { assertInputLengths, findOverlongValues, inputLimits, limitOf, stringProblem } from '../../../src/curation/inputLimits.js';
import { codeOf } from '../../../src/errors.js';

describe('inputLimits', () => {
  it('gives each field its limit, notes by suffix, and the text ceiling to anything else', () => {
    expect(limitOf('id')).toBe(inputLimits.id);
    expect(limitOf('institution')).toBe(inputLimits.id);
    expect(limitOf('title')).toBe(inputLimits.title);
    expect(limitOf('value')).toBe(inputLimits.name);
    expect(limitOf('excerpt')).toBe(inputLimits.excerpt);
    expect(limitOf('signedOnNote')).toBe(inputLimits.note);
    expect(limitOf('url')).toBe(inputLimits.url);
    expect(limitOf('summary')).toBe(inputLimits.text);
  });

  it('keeps every indexed value under Neo4j’s 8,167-byte index key at 3 UTF-8 bytes per UTF-16 unit', () => {
    for (const max of [inputLimits.id, inputLimits.title, inputLimits.name]) expect(max * 3).toBeLessThan(8_167);
  });

  it('finds over-long and ill-formed strings at any depth, with their paths', () => {
    const input = {
      id: 'ok',
      title: 't'.repeat(inputLimits.title),
      names: [{ value: 'n'.repeat(inputLimits.name + 1) }],
      aliases: ['a', 'b\uD800'],
      evidence: [{ excerpt: 'e'.repeat(inputLimits.excerpt + 1), note: '😀' }],
    };
    expect(findOverlongValues(input)).toEqual([
      { path: 'input.names[0].value', message: `must be at most 500 characters; got 501` },
      { path: 'input.aliases[1]', message: expect.stringMatching(/lone surrogate/) },
      { path: 'input.evidence[0].excerpt', message: `must be at most 2000 characters; got 2001` },
    ]);
    expect(stringProblem('e\u0301\u202E=1', 10)).toBeNull();
  });

  it('throws one BAD_USER_INPUT listing the problems', () => {
    expect(() => assertInputLengths({ id: 'ok' })).not.toThrow();
    try {
      assertInputLengths({ id: 'x'.repeat(200), from: 'y'.repeat(129) });
      expect.unreachable();
    } catch (error) {
      expect(codeOf(error)).toBe('BAD_USER_INPUT');
      expect((error as Error).message).toBe(
        'The input has 2 problems: input.id: must be at most 128 characters; got 200; input.from: must be at most 128 characters; got 129',
      );
    }
  });
});
