import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cypherDir, loadSchemaStatements, loadStatements, statementNames } from '../../../src/db/statements.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A temporary cypher/ holding `files` (name → text). */
function cypherFolder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kizuna-cypher-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

const statementText = (name: string): string => `// ${name}: what it does.\nRETURN '${name}' AS name\n`;
const everyStatement = (): Record<string, string> =>
  Object.fromEntries(statementNames.map((name) => [`${name}.cypher`, statementText(name)]));

describe('loadStatements', () => {
  it('reads one file per registered statement, as written, into a frozen registry', () => {
    const statements = loadStatements(cypherFolder(everyStatement()));
    expect(Object.keys(statements).sort()).toEqual([...statementNames].sort());
    for (const name of statementNames) expect(statements[name]).toBe(statementText(name));
    expect(Object.isFrozen(statements)).toBe(true);
  });

  it('leaves schema.cypher and files that are not .cypher alone', () => {
    const dir = cypherFolder({
      ...everyStatement(),
      'schema.cypher': 'CREATE INDEX x;\n',
      'README.md': '# notes',
      'ping.cypher.bak': 'old',
    });
    expect(loadStatements(dir).ping).toBe(statementText('ping'));
  });

  it('names the statement file that is missing', () => {
    const files = everyStatement();
    delete files['timeline.cypher'];
    expect(() => loadStatements(cypherFolder(files))).toThrow(/^Missing Cypher statement file cypher\/timeline\.cypher$/);
  });

  it('names every statement file that no code declares', () => {
    const dir = cypherFolder({ ...everyStatement(), 'orphan.cypher': 'RETURN 1', 'stray.cypher': 'RETURN 2' });
    expect(() => loadStatements(dir)).toThrow(
      /^cypher\/ holds statements no code names: (orphan, stray|stray, orphan) \(declare them in src\/db\/statements\.ts or delete them\)$/,
    );
  });

  it('names a stray file by everything before its final .cypher', () => {
    const dir = cypherFolder({ ...everyStatement(), 'ping.cypher.orig.cypher': 'RETURN 1' });
    expect(() => loadStatements(dir)).toThrow(/^cypher\/ holds statements no code names: ping\.cypher\.orig \(declare/);
  });

  it("reads the project's cypher/ by default", () => {
    expect(path.basename(cypherDir)).toBe('cypher');
    const statements = loadStatements();
    expect(statements.ping).toBe(fs.readFileSync(path.join(cypherDir, 'ping.cypher'), 'utf8'));
    expect(statements['await-indexes']).toMatch(/db\.awaitIndexes/);
  });
});

describe('loadSchemaStatements', () => {
  it('splits at semicolons that end a line and drops comment lines, indented ones too', () => {
    const dir = cypherFolder({
      'schema.cypher': [
        '// Constraints first; each statement ends with a semicolon;',
        'CREATE CONSTRAINT a_id IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE;',
        '  // an indented note;',
        'CREATE INDEX b_x IF NOT EXISTS',
        '  FOR (n:B) ON (n.x);   ',
        '',
        "CREATE FULLTEXT INDEX c_name IF NOT EXISTS FOR (n:C) ON EACH [n.name] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };",
        "RETURN 'a;b' AS keepsItsSemicolon;",
        '',
      ].join('\n'),
    });
    expect(loadSchemaStatements(dir)).toEqual([
      'CREATE CONSTRAINT a_id IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE',
      'CREATE INDEX b_x IF NOT EXISTS\n  FOR (n:B) ON (n.x)',
      "CREATE FULLTEXT INDEX c_name IF NOT EXISTS FOR (n:C) ON EACH [n.name] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } }",
      "RETURN 'a;b' AS keepsItsSemicolon",
    ]);
  });

  it('keeps a last statement without a semicolon and returns nothing for a file of comments', () => {
    expect(loadSchemaStatements(cypherFolder({ 'schema.cypher': 'CREATE INDEX a;\nCREATE INDEX b' }))).toEqual([
      'CREATE INDEX a',
      'CREATE INDEX b',
    ]);
    expect(loadSchemaStatements(cypherFolder({ 'schema.cypher': '// nothing yet\n\n' }))).toEqual([]);
  });

  it('fails when the folder has no schema.cypher', () => {
    expect(() => loadSchemaStatements(cypherFolder({ 'ping.cypher': 'RETURN 1' }))).toThrow(/ENOENT.*schema\.cypher/);
  });

  it("reads the project's cypher/schema.cypher by default", () => {
    const schema = loadSchemaStatements();
    expect(schema[0]).toMatch(/^CREATE CONSTRAINT entity_id IF NOT EXISTS/);
    expect(schema.every((s) => !s.includes('//') && !s.endsWith(';'))).toBe(true);
  });
});
