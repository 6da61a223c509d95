/**
 * Checks each parsed seed file against the published seed schema (seedSchema.ts) with Ajv, and reports
 * every violation as file › record › field: an unknown key, a missing field, a value outside the
 * vocabulary. Unknown keys are errors, never silently dropped.
 */
import { Ajv, type ErrorObject } from 'ajv';
import { buildSeedSchema } from './seedSchema.js';
import type { Problem, SeedFile } from './validateSeeds.js';

// verbose: errors carry the offending value, so messages can quote it.
const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
const validate = ajv.compile(buildSeedSchema());

/** "/instruments/3/uses/0/asNamed" → record "instruments[3]" (or its id) and field "uses[0].asNamed". */
function locate(data: unknown, instancePath: string): { record: string; field: string } {
  const parts = instancePath.split('/').slice(1);
  if (parts.length < 2) return { record: '(file)', field: parts[0] ?? '(top level)' };
  const [section = '', index = '', ...rest] = parts;
  const item = (data as Record<string, unknown[] | undefined>)[section]?.[Number(index)];
  const id =
    typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string'
      ? (item as { id: string }).id
      : undefined;
  const field = rest.map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
  return { record: id ?? `${section}[${index}]`, field: field || '(record)' };
}

function messageOf(error: ErrorObject): string {
  switch (error.keyword) {
    case 'additionalProperty':
    case 'additionalProperties':
      return `unknown key "${String(error.params.additionalProperty)}"; see seeds/schema.json for the keys this record takes`;
    case 'enum':
      return `must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'pattern':
      return String(error.params.pattern).startsWith('^[a-z0-9]')
        ? `${JSON.stringify(error.data)} is not a lowercase slug (letters a–z, digits, single dashes)`
        : `${JSON.stringify(error.data)} is not a valid date "YYYY", "YYYY-MM" or "YYYY-MM-DD"`;
    case 'required':
      return `is required`;
    default:
      return error.message ?? 'is invalid';
  }
}

/** Every schema violation of one file, one problem per offending field. */
export function checkSeedShape(file: SeedFile): Problem[] {
  if (file.data === null || file.data === undefined || validate(file.data)) return [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    // An if/then/else adds a summary line after the branch's own errors, which say more.
    if (error.keyword === 'if') continue;
    const path =
      error.keyword === 'required'
        ? `${error.instancePath}/${String(error.params.missingProperty)}`
        : error.keyword === 'additionalProperties'
          ? `${error.instancePath}/${String(error.params.additionalProperty)}`
          : error.instancePath;
    const { record, field } = locate(file.data, path);
    const problem = { file: file.path, record, field, message: messageOf(error) };
    const key = `${record}|${field}|${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}
