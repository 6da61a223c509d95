/**
 * Turns the validator's problems into one BAD_USER_INPUT error: each problem gets the path of the
 * input field it concerns (input.parties[0].role) and the validator's message, listed in
 * extensions.problems; the message names them all, so a client that shows only it loses nothing.
 */
import type { GraphQLError } from 'graphql';
import { createError, ErrorCode } from '../errors.js';
import type { Problem } from '../seed/validateSeeds.js';

export interface InputProblem {
  path: string;
  message: string;
}

const RELATIONSHIP_TYPE = /^[A-Z][A-Z_]*$/;

/** The record is "id › parties[0]" (its first part names the record itself); fields like "(record)" are not paths. */
export function toInputProblem(problem: Problem): InputProblem {
  const inside = problem.record.split(' › ').slice(1);
  const isRelationship = RELATIONSHIP_TYPE.test(problem.field);
  const field = isRelationship || problem.field.startsWith('(') ? [] : [problem.field];
  return {
    path: ['input', ...inside, ...field].join('.'),
    message: isRelationship ? `${problem.field} ${problem.message}` : problem.message,
  };
}

export function createProblemsError(problems: Problem[]): GraphQLError {
  const list = problems.map(toInputProblem);
  const lines = list.map((p) => `${p.path}: ${p.message}`);
  // Stryker disable next-line StringLiteral: with exactly one line lines[0] exists; the fallback only satisfies noUncheckedIndexedAccess.
  const message = lines.length === 1 ? (lines[0] ?? '') : `The input has ${lines.length} problems: ${lines.join('; ')}`;
  return createError(ErrorCode.BAD_USER_INPUT, message, { problems: list });
}
