import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedDir } from './seedDirs.js';
import { createSourceTextReader, readSeedFiles, seedsDir } from '../../../src/seed/readSeedFiles.js';

describe('readSeedFiles', () => {
  it('reads every .yaml and .yml file under the directory, nested ones too, sorted by path', () => {
    const dir = seedDir({
      'c.yaml': 'countries: []\n',
      'b.yml': 'sources: []\n',
      'c/d.yaml': 'instruments: []\n',
      'a/z/e.yaml': 'events: []\n',
      'a.yaml': 'institutions: []\n',
      'notes.txt': 'not: yaml\n',
      'README.md': '# no\n',
      'x.yaml.bak': 'no: thanks\n',
      'sources/text.txt': 'a source text',
    });
    const { files, problems } = readSeedFiles(dir);
    expect(problems).toEqual([]);
    expect(files.map((f) => f.path)).toEqual(['a.yaml', path.join('a', 'z', 'e.yaml'), 'b.yml', 'c.yaml', path.join('c', 'd.yaml')]);
    expect(files[0]?.data).toEqual({ institutions: [] });
  });

  it('keeps unquoted dates as strings (the core schema), not timestamps', () => {
    const { files } = readSeedFiles(seedDir({ 'a.yaml': 'signedOn: 1985-09-03\nyear: 1985\nflag: yes\n' }));
    expect(files[0]?.data).toEqual({ signedOn: '1985-09-03', year: 1985, flag: 'yes' });
  });

  it('reports a file that is not valid YAML with its line and the first line of the parser message, and reads the others', () => {
    const dir = seedDir({ 'a.yaml': 'countries: []\n', 'b.yaml': 'countries: [1, 2\nsources: 3\n' });
    const { files, problems } = readSeedFiles(dir);
    expect(files.map((f) => f.path)).toEqual(['a.yaml']);
    expect(problems).toEqual([
      {
        file: 'b.yaml',
        record: 'line 2',
        field: '(yaml)',
        message: 'Flow sequence in block collection must be sufficiently indented and end with a ] at line 2, column 1:',
      },
    ]);
  });

  it('refuses a key given twice in one map', () => {
    const { files, problems } = readSeedFiles(seedDir({ 'dup.yaml': 'countries: []\ncountries: []\n' }));
    expect(files).toEqual([]);
    expect(problems).toEqual([
      { file: 'dup.yaml', record: 'line 2', field: '(yaml)', message: 'Map keys must be unique at line 2, column 1:' },
    ]);
  });

  it('reports a file that cannot be read against the whole file', () => {
    const dir = seedDir({ 'a.yaml': 'countries: []\n' });
    fs.symlinkSync(path.join(dir, 'nowhere.txt'), path.join(dir, 'broken.yaml'));
    const { files, problems } = readSeedFiles(dir);
    expect(files.map((f) => f.path)).toEqual(['a.yaml']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'broken.yaml', record: '(file)', field: '(yaml)' });
    expect(problems[0]?.message).toMatch(/^ENOENT: no such file or directory/);
  });

  it('reads the curated seeds by default', () => {
    const { files, problems } = readSeedFiles();
    expect(problems).toEqual([]);
    expect(files.map((f) => f.path)).toContain('sources.yaml');
    expect(files.map((f) => f.path)).toContain(path.join('instruments', 'moc-2023-industrial-science-technology.yaml'));
  });
});

describe('createSourceTextReader', () => {
  it('reads a document source from its own file under the seeds directory', () => {
    const read = createSourceTextReader(seedDir({ 'sources/doc.txt': 'The text of the document.' }));
    expect(read({ id: 'doc', kind: 'document', file: 'sources/doc.txt' })).toBe('The text of the document.');
  });

  it('reads every public-record source from sources/public-record.md, whatever file it names', () => {
    const read = createSourceTextReader(seedDir({ 'sources/public-record.md': 'The public record.', 'sources/doc.txt': 'other' }));
    expect(read({ id: 'pr', kind: 'public-record' })).toBe('The public record.');
    expect(read({ id: 'pr', kind: 'public-record', file: 'sources/doc.txt' })).toBe('The public record.');
  });

  it('has no text for a document without a file or whose file is missing', () => {
    const read = createSourceTextReader(seedDir({ 'sources/public-record.md': 'The public record.' }));
    expect(read({ id: 'doc', kind: 'document' })).toBeUndefined();
    expect(read({ id: 'doc', kind: 'document', file: 'sources/missing.txt' })).toBeUndefined();
  });

  it('has no text for public-record sources when public-record.md is missing', () => {
    expect(createSourceTextReader(seedDir({}))({ id: 'pr', kind: 'public-record' })).toBeUndefined();
  });

  it('reads the curated source texts by default', () => {
    const text = createSourceTextReader()({ id: 'pr', kind: 'public-record' });
    expect(text).toBe(fs.readFileSync(path.join(seedsDir, 'sources', 'public-record.md'), 'utf8'));
  });
});
