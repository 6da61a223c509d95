/**
 * Prints the mutation score per folder from StrykerJS's JSON report (mutation-testing-report-schema),
 * and exits 1 when any folder is under the target. Run by `npm run test:mutation` after Stryker.
 * Score = killed (incl. timeouts) ÷ (killed + survived + no coverage), as Stryker computes it; mutants
 * disabled with a `// Stryker disable` comment (each with its reason) are counted separately.
 */
import fs from 'node:fs';
import path from 'node:path';

const TARGET = 85;
const reportFile = process.argv[2] ?? 'reports/mutation/mutation.json';

interface Report {
  files: Record<string, { mutants: { status: string }[] }>;
}

const report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as Report;
const folders = new Map<string, Record<string, number>>();
for (const [file, { mutants }] of Object.entries(report.files)) {
  const relative = path.relative(process.cwd(), path.resolve(file));
  const folder = path.dirname(relative) === 'src' ? relative : path.dirname(relative);
  const counts = folders.get(folder) ?? {};
  for (const m of mutants) counts[m.status] = (counts[m.status] ?? 0) + 1;
  folders.set(folder, counts);
}

const score = (c: Record<string, number>): number => {
  const killed = (c.Killed ?? 0) + (c.Timeout ?? 0);
  const valid = killed + (c.Survived ?? 0) + (c.NoCoverage ?? 0);
  return valid === 0 ? 100 : (100 * killed) / valid;
};

let failed = false;
console.log('folder                         score  killed survived no-cov ignored');
const total: Record<string, number> = {};
for (const [folder, c] of [...folders].sort(([a], [b]) => a.localeCompare(b))) {
  for (const [k, v] of Object.entries(c)) total[k] = (total[k] ?? 0) + v;
  const s = score(c);
  if (s < TARGET) failed = true;
  const killed = (c.Killed ?? 0) + (c.Timeout ?? 0);
  console.log(
    `${folder.padEnd(30)} ${s.toFixed(1).padStart(5)}% ${String(killed).padStart(7)} ${String(c.Survived ?? 0).padStart(8)} ${String(c.NoCoverage ?? 0).padStart(6)} ${String(c.Ignored ?? 0).padStart(7)}`,
  );
}
console.log(`${'all'.padEnd(30)} ${score(total).toFixed(1).padStart(5)}%  (target ≥ ${TARGET}% per folder)`);
process.exit(failed ? 1 : 0);
