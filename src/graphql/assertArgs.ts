/** Argument checks shared by resolvers: each failure is a BAD_USER_INPUT naming the argument and the allowed range. */
import { badUserInput } from '../errors.js';

export function assertIntInRange(argument: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(argument, `must be a whole number from ${min} to ${max}; got ${value}`);
  }
  return value;
}

export function assertText(argument: string, value: string, maxLength: number): string {
  const trimmed = value.trim();
  if (trimmed === '') throw badUserInput(argument, 'must not be empty');
  if (trimmed.length > maxLength) throw badUserInput(argument, `must be at most ${maxLength} characters; got ${trimmed.length}`);
  return trimmed;
}
