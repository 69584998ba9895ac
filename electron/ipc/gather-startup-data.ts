import { STARTUP_METHODS, type StartupData } from '../common/ipc/startup-data';
import { dispatch, type DispatchOptions } from './dispatch';
import type { HandlerTable } from './handler-table';

/**
 * Asks the handler table for the first screen's data as the page itself would, through the
 * same dispatch (sender check, output checked against the contract). A method that fails is
 * left out: the page asks for it over IPC and shows that call's message.
 */
export async function gatherStartupData(
  table: HandlerTable,
  pageUrl: string,
  options: DispatchOptions,
): Promise<StartupData> {
  const answers = await Promise.all(
    STARTUP_METHODS.map(
      async (method) =>
        [
          method,
          await dispatch(table, method, undefined, { senderUrl: pageUrl }, options),
        ] as const,
    ),
  );
  const data: Record<string, unknown> = {};
  for (const [method, answer] of answers) if (answer.ok) data[method] = answer.value;
  return data as StartupData;
}
