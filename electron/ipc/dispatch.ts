import type { z } from 'zod';
import { contract, type IpcErrorCode, type IpcResult, type Method } from '../common/ipc/contract';
import { UserError } from '../errors/user-error';
import { tm } from '../i18n/main-i18n';
import type { CallContext, HandlerTable } from './handler-table';

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      const where = issue.path.length ? issue.path.join('.') : 'payload';
      return `${where}: ${issue.message}`;
    })
    .join('; ');
}

function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export interface DispatchOptions {
  isTrustedSender: (url: string) => boolean;
  log?: (message: string, error?: unknown) => void;
}

/**
 * Serves one call: checks the sender, validates the payload, runs the handler and
 * validates what it returns. Never throws; every failure is a typed result.
 */
export async function dispatch(
  table: HandlerTable,
  method: string,
  payload: unknown,
  context: CallContext,
  options: DispatchOptions,
): Promise<IpcResult<unknown>> {
  const fail = (code: IpcErrorCode, message: string): IpcResult<unknown> => ({
    ok: false,
    error: { code, message },
  });
  if (!options.isTrustedSender(context.senderUrl)) {
    return fail('forbidden-sender', tm('errors:ipc.forbidden', { method }));
  }
  if (!isMethod(method)) return fail('unknown-method', tm('errors:ipc.unknownMethod', { method }));
  const spec = contract[method];
  const input = spec.input.safeParse(payload);
  if (!input.success) {
    return fail(
      'invalid-payload',
      tm('errors:ipc.badPayload', { method, issues: describeIssues(input.error) }),
    );
  }
  try {
    const handler = table[method] as (input: unknown, context: CallContext) => unknown;
    const raw = await handler(input.data, context);
    const output = spec.output.safeParse(raw);
    if (!output.success) {
      options.log?.(
        `${method} returned data outside the contract: ${describeIssues(output.error)}`,
      );
      return fail('internal', tm('errors:ipc.internal', { method }));
    }
    return { ok: true, value: output.data };
  } catch (error) {
    if (error instanceof UserError) return fail(error.code, error.message);
    options.log?.(`${method} threw`, error);
    return fail('internal', tm('errors:ipc.internal', { method }));
  }
}
