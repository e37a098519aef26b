/**
 * A refused step: the errno, and the check that refused it in words, made where the check is made and
 * named as the kernel names it, so that a reader learns why and where to look. The ok path never builds
 * one: a reason is a constant, or a string put together only once the step has failed.
 */

import { hexAddress } from './sentence.ts';
import type { Errno } from './spec.ts';

export interface Failure {
  readonly errno: Errno;
  /** Why, in words: a clause without a trailing period (`the length is 0`). */
  readonly why: string;
}

/** A failure whose reason depends on the step (names, numbers): call only on the failure path. */
export function failure(errno: Errno, why: string): Failure {
  return { errno, why };
}

/**
 * An address or descriptor in words. The language's numbers are never negative, so a negative one
 * comes from a variable that a failed step set to -1, as an unchecking C program would pass it on.
 */
export function addressWords(addr: number): string {
  return addr < 0 ? `${addr} (left by a step that failed)` : hexAddress(addr);
}

/** EBADF: the descriptor names no open file of the process. */
export function badFd(proc: string, fd: number): Failure {
  return failure(
    'EBADF',
    fd < 0 ? `fd ${fd}: the step that set it failed` : `${proc} has no open file at fd ${fd}`,
  );
}
