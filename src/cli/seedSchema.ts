/**
 * npm run seed:schema   writes seeds/schema.json from the vocabulary (src/seed/seedSchema.ts).
 * The file is generated: edit src/model/vocabulary.ts or src/seed/seedSchema.ts, then run this.
 */
import fs from 'node:fs';
import path from 'node:path';
import { seedsDir } from '../seed/readSeedFiles.js';
import { buildSeedSchema } from '../seed/seedSchema.js';

const target = path.join(seedsDir, 'schema.json');
fs.writeFileSync(target, `${JSON.stringify(buildSeedSchema(), null, 2)}\n`);
console.log(`Wrote ${path.relative(process.cwd(), target)}.`);
