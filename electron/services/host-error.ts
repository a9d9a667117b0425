// The error handlers throw: a reply error code, a sentence for the user, and validation issues when there are some.
import type { ErrorCode, Reply, ReplyError } from '../shared/ipc-contract';
import { InputError, type InputIssue } from '../../solver/issues';

/** An expected failure of a handler; {@link toReplyError} turns it (or anything else) into a reply error. */
export class HostError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: readonly InputIssue[],
  ) {
    super(message);
    this.name = 'HostError';
  }
}

/** Maps a thrown value to a reply error; unknown exceptions become 'internal' with their message. */
export function toReplyError(error: unknown, inputCode: ErrorCode = 'invalid-scenario'): ReplyError {
  if (error instanceof HostError) {
    return error.issues
      ? { code: error.code, message: error.message, issues: error.issues }
      : { code: error.code, message: error.message };
  }
  if (error instanceof InputError) {
    return {
      code: inputCode,
      message: error.message.split('\n')[0] ?? 'invalid input',
      issues: error.issues,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message };
}

/** An error reply. */
export function failure<T>(error: ReplyError): Reply<T> {
  return { ok: false, error };
}
