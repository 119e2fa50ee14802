// How a call is declared in the contract: its argument schema, checked at runtime in main, and
// its result type, which exists only for the compiler.
import { z } from 'zod';

export interface CallSpec<A extends z.ZodType, R> {
  args: A;
  result: R;
}

/** `call<Result>()(argsSchema)`: the result type is given, the arguments are inferred. */
export function call<R>() {
  return <A extends z.ZodType>(args: A): CallSpec<A, R> => ({ args, result: undefined as R });
}

/** Arguments of a call that takes none. */
export const noArgs = z.object({}).strict();
