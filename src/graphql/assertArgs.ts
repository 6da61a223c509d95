/** Argument checks shared by resolvers: each failure is a BAD_USER_INPUT naming the argument and the allowed range. */
import type { GraphQLResolveInfo } from 'graphql';
import { badUserInput } from '../errors.js';

export function assertIntInRange(argument: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(argument, `must be a whole number from ${min} to ${max}; got ${value}`);
  }
  return value;
}

const graphemes = new Intl.Segmenter();

/**
 * A search text, trimmed: not empty, and at most `maxLength` characters as a reader counts them
 * (grapheme clusters: "é" written e + accent is one, an emoji is one) in its NFKC form, which search
 * compares: some characters expand ("ﷺ" is 18 characters), and an expanded text would cost as many
 * query words. BAD_USER_INPUT otherwise.
 */
export function assertText(argument: string, value: string, maxLength: number): string {
  const trimmed = value.trim();
  if (trimmed === '') throw badUserInput(argument, 'must not be empty');
  const length = [...graphemes.segment(trimmed.normalize('NFKC'))].length;
  if (length > maxLength) {
    const expanded = [...graphemes.segment(trimmed)].length < length ? ' once normalised (Unicode NFKC expands some characters)' : '';
    throw badUserInput(argument, `must be at most ${maxLength} characters${expanded}; got ${length}`);
  }
  return trimmed;
}

/**
 * The value of argument `name`, or the default the SDL declares for it when the client sent an
 * explicit null (GraphQL applies a default only to an omitted argument). The schema stays the one
 * place defaults are written. Throws a plain Error (masked as INTERNAL_SERVER_ERROR) when the
 * argument has no default: that is a schema/resolver mismatch, not a client mistake.
 */
export function argOrDefault<T>(info: GraphQLResolveInfo, name: string, value: T | null | undefined): T {
  if (value !== null && value !== undefined) return value;
  const field = info.parentType.getFields()[info.fieldName];
  const arg = field?.args.find((a) => a.name === name);
  if (arg?.defaultValue === undefined) throw new Error(`${info.parentType.name}.${info.fieldName}(${name}:) has no default in the schema`);
  return arg.defaultValue as T;
}
