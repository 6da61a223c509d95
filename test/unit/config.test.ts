import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  it('has defaults that run on a laptop with the local Neo4j', () => {
    const config = loadConfig({});
    expect(config.neo4jUri).toBeUndefined();
    expect(config.port).toBe(4000);
    expect(config.local.port).toBe(7687);
    expect(config.local.heap).toBe('768m');
    expect(config.logLevel).toBe('info');
    expect(config.development).toBe(false);
    expect(config.tokens.size).toBe(0);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT', 'whole number'],
    [{ PORT: '70000' }, 'PORT', 'from 0 to 65535'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL', 'fatal, error, warn, info, debug, trace, silent'],
    [{ NEO4J_URI: 'http://localhost:7474' }, 'NEO4J_URI', 'bolt://'],
    [{ NEO4J_PASSWORD: 'short' }, 'NEO4J_PASSWORD', 'at least 8'],
    [{ NEO4J_LOCAL_HEAP: 'lots' }, 'NEO4J_LOCAL_HEAP', '512m'],
    [{ SEED_ON_START: 'maybe' }, 'SEED_ON_START', 'true or false'],
    [{ KIZUNA_TOKENS: 'short:curator' }, 'KIZUNA_TOKENS', 'at least 16'],
    [{ KIZUNA_TOKENS: 'a-long-enough-token-123:admin' }, 'KIZUNA_TOKENS', 'reader or curator'],
  ])('refuses %o, naming %s and what it allows', (env, variable, allowed) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as ConfigError).message).toContain(variable);
    expect((error as ConfigError).message).toContain(allowed);
  });

  it('accepts routing and Aura URIs and bearer tokens with roles', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io' }).neo4jUri).toBe('neo4j+s://abc.databases.neo4j.io');
    const tokens = loadConfig({ KIZUNA_TOKENS: 'curator-token-0123456789:curator:alice,reader-token-0123456789:reader' }).tokens;
    expect(tokens.get('curator-token-0123456789')).toEqual({ role: 'curator', name: 'alice' });
    expect(tokens.get('reader-token-0123456789')).toEqual({ role: 'reader', name: 'reader-2' });
  });
});
