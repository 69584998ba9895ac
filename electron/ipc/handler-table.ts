import type { z } from 'zod';
import type { Contract, Method } from '../common/ipc/contract';

/** Who is calling: main checks the frame's URL before a handler ever runs. */
export interface CallContext {
  senderUrl: string;
}

/** One handler per method of the contract, typed by its schemas. */
export type HandlerTable = {
  [M in Method]: (
    input: z.output<Contract[M]['input']>,
    context: CallContext,
  ) => Promise<z.input<Contract[M]['output']>> | z.input<Contract[M]['output']>;
};

/** The part of the table one feature serves; the composition root joins the slices. */
export type Handlers<M extends Method> = Pick<HandlerTable, M>;
