/**
 * Writes as operations with their measured request bytes, packed in order into requests under the budget. A
 * large write (rows of a block) can be cut so that its first part fills what is left of a request.
 */
import type { RangeRef } from '@thidua/core/sheet';
import { measureQueue } from './payload';
import { PaneError } from '../pane-error';
import { where } from './guard';

export interface Operation {
  /** Request bytes of what `queue` queues (`measureQueue`). */
  bytes: number;
  cells: number;
  queue: (context: Excel.RequestContext) => void;
  /**
   * The longest first part of this write that takes at most `room` bytes, and the rest; undefined when not even
   * its smallest part fits.
   */
  cut?: (room: number) => [Operation, Operation] | undefined;
  /** The cells this operation writes (to report, or undo, a write that failed halfway). */
  target?: RangeRef;
  /** The sheet this operation creates. */
  addsSheet?: string;
  /** A page layout call: queued last; if Excel refuses it, what came before it stands. */
  pageLayout?: boolean;
}

export function simpleOperation(queue: Operation['queue']): Operation {
  return { bytes: measureQueue(queue), cells: 0, queue };
}

/** A write too large for any request, even alone and cut as small as it goes: refused before anything is sent. */
export class OperationTooLargeError extends PaneError {
  constructor(
    readonly bytes: number,
    readonly budget: number,
    /** The cells it writes ('Bảng điểm'!J5:J9), or undefined for the configuration saved in the workbook. */
    readonly target?: RangeRef,
  ) {
    super('writeTooLarge', {
      what: target ? where(target) : { key: 'writeTooLargeSettings' },
      bytes,
      budget,
    });
    this.name = 'OperationTooLargeError';
  }
}

/**
 * Packs operations, in order, into requests of at most `room` bytes each: an operation that does not fit in
 * what is left of a request is cut to fill it when it can be (its rest tried again), and otherwise starts the
 * next request.
 */
export function packRequests(ops: Operation[], room: number): Operation[][] {
  const requests: Operation[][] = [];
  const todo = [...ops];
  let request: Operation[] = [];
  let left = room;
  const close = () => {
    requests.push(request);
    request = [];
    left = room;
  };
  while (todo.length) {
    const op = todo.shift() as Operation;
    if (op.bytes <= left) {
      request.push(op);
      left -= op.bytes;
      continue;
    }
    const parts = op.cut?.(left);
    if (parts) {
      request.push(parts[0]);
      left -= parts[0].bytes;
      todo.unshift(parts[1]);
    } else if (request.length) {
      todo.unshift(op);
      close();
    } else throw new OperationTooLargeError(op.bytes, room, op.target);
  }
  if (request.length) requests.push(request);
  return requests;
}

/** A refused request as two smaller ones: by operations, or by rows when it is a single block write. */
export function halve(batch: Operation[]): Operation[][] | undefined {
  if (batch.length > 1) {
    const mid = Math.ceil(batch.length / 2);
    return [batch.slice(0, mid), batch.slice(mid)];
  }
  const op = batch[0];
  const parts = op.cut?.(Math.floor(op.bytes / 2)) ?? op.cut?.(op.bytes - 1);
  return parts ? parts.map((op) => [op]) : undefined;
}
