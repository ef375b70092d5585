import type { GraphQLError } from 'graphql';
import { badUserInput } from '../errors/codes.js';

/** Why an input cannot be drafted. Stable: clients switch on `extensions.reason`. */
export const ExtractReason = {
  EMPTY_TEXT: 'EMPTY_TEXT',
  NOT_TEXT: 'NOT_TEXT',
  NOT_ENGLISH: 'NOT_ENGLISH',
  TOO_LARGE: 'TOO_LARGE',
} as const;
export type ExtractReason = (typeof ExtractReason)[keyof typeof ExtractReason];

/**
 * The one error the extractor throws for input it cannot use: a GraphQLError with
 * `extensions.code` BAD_USER_INPUT and `extensions.reason`; it carries no stack to clients
 * (the server masks nothing here because it is a GraphQLError) and the CLI prints only the message.
 */
export function extractError(reason: ExtractReason, message: string): GraphQLError {
  return badUserInput(message, { reason });
}
