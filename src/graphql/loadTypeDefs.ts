/** Reads the SDL in schema/ (the source of truth), in a stable order. */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.js';

export const schemaDir = path.join(projectRoot, 'schema');

export function loadTypeDefs(dir: string = schemaDir): string {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
}
