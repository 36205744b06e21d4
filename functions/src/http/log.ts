import type { InvocationContext } from '@azure/functions';

export interface RequestLogEntry {
  method: string;
  route: string;
  status: number;
  durationMs: number;
  units?: number;
  /** The client went away mid-body (status 499): why the body stream failed, without a stack. */
  aborted?: true;
  reason?: string;
}

/** One structured line per request, through the invocation context (Application Insights in Azure). */
export function logRequest(context: InvocationContext, entry: RequestLogEntry): void {
  const line = JSON.stringify({
    event: 'request',
    invocationId: context.invocationId,
    ...entry,
    durationMs: Math.round(entry.durationMs * 10) / 10,
  });
  if (entry.status >= 500) context.error(line);
  else context.log(line);
}
