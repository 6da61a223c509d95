import { describe, expect, it } from 'vitest';
import { authenticate } from '../../../src/http/authenticate.js';

const tokens = new Map([['curator-token-0123456789', { role: 'curator' as const, name: 'alice' }]]);

describe('authenticate', () => {
  it('treats a request without Authorization as an anonymous reader', () => {
    expect(authenticate(undefined, tokens)).toEqual({ name: 'anonymous', role: 'anonymous' });
  });

  it('maps a known bearer token to its name and role', () => {
    expect(authenticate('Bearer curator-token-0123456789', tokens)).toEqual({ name: 'alice', role: 'curator' });
  });

  it.each(['Bearer wrong-token', 'Basic abc', 'Bearer'])('refuses %s with UNAUTHENTICATED', (header) => {
    expect(() => authenticate(header, tokens)).toThrowError(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
    );
  });
});
