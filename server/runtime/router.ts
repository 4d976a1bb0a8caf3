import type { Result } from '../../typings/result';
import { AppError } from './app-error';
import { wxContext, type WxContext } from './cloud';
import {
  compileSchema,
  describeErrors,
  isNestedDeeperThan,
  quote,
  schemaDepth,
  type Schema,
} from './validation';

/** Who made the call, from `getWXContext()` only; never from the event. */
export interface Caller {
  /** The customer's openid; empty when no user is behind the call (timers, callbacks). */
  openid: string;
  /** How the call came: `wx_client`, `wx_client,scf`, `wx_paycallback`, a timer… (empty when unknown). */
  source: string;
  context: WxContext;
}

/** One action of a function: its input schema, whether it needs a user, and the service call it makes. */
export interface ActionDefinition<I, O> {
  input: Schema<I>;
  /** Whether the action needs a signed-in user (an OPENID); most customer actions do. */
  requiresUser: boolean;
  handle(input: I, caller: Caller): Promise<O>;
}

/** Declares an action with its input type inferred from the schema (`JSONSchemaType<I>`). */
export function defineAction<I, O>(definition: ActionDefinition<I, O>): ActionDefinition<I, O> {
  return definition;
}

/** Any action, for the router's table (each entry keeps its own input type where it is defined). */
type AnyAction = {
  input: object;
  requiresUser: boolean;
  handle(input: never, caller: Caller): Promise<unknown>;
};

/**
 * One router for all functions: `{ action, input }` → validation → the action's service → `Result<T>`.
 * Expected failures are AppErrors; anything else is logged with the request id and answered as INTERNAL.
 */
export function createRouter(actions: Record<string, AnyAction>) {
  const validators = new Map(
    Object.entries(actions).map(([name, action]) => [name, compileSchema(action.input as Schema<unknown>)]),
  );
  // The deepest input each action's contract allows; deeper input is refused before it is validated.
  const maxDepths = new Map(
    Object.entries(actions).map(([name, action]) => [name, schemaDepth(action.input)]),
  );
  return async function main(event: unknown, context?: { request_id?: string }): Promise<Result<unknown>> {
    try {
      const { action, input } = readEvent(event);
      const definition = actions[action];
      const validate = validators.get(action);
      const maxDepth = maxDepths.get(action);
      if (!definition || !validate || maxDepth === undefined) {
        throw new AppError(
          'UNKNOWN_ACTION',
          `unknown action "${quote(action)}"; expected one of: ${Object.keys(actions).join(', ')}`,
        );
      }
      if (isNestedDeeperThan(input, maxDepth)) {
        const problem = `input is nested deeper than the ${maxDepth} levels this action takes`;
        throw new AppError('INVALID_INPUT', problem, { problems: [problem] });
      }
      if (!validate(input)) {
        const described = describeErrors(validate.errors);
        const more = described.more === undefined ? '' : `; and ${described.more} more`;
        throw new AppError('INVALID_INPUT', `${described.problems.join('; ')}${more}`, described);
      }
      const caller = currentCaller();
      if (definition.requiresUser && !caller.openid) {
        throw new AppError('UNAUTHENTICATED', 'this action needs a signed-in WeChat user');
      }
      const data = await (definition.handle as (input: unknown, caller: Caller) => Promise<unknown>)(
        input,
        caller,
      );
      return { ok: true, data };
    } catch (error) {
      if (error instanceof AppError) {
        return {
          ok: false,
          error: {
            code: error.code,
            message: error.message,
            ...(error.details !== undefined && { details: error.details }),
          },
        };
      }
      console.error(`[${context?.request_id ?? 'no-request-id'}] internal error`, error);
      return {
        ok: false,
        error: { code: 'INTERNAL', message: 'Something went wrong on our side; please try again.' },
      };
    }
  };
}

function readEvent(event: unknown): { action: string; input: unknown } {
  if (
    typeof event !== 'object' ||
    event === null ||
    typeof (event as { action?: unknown }).action !== 'string'
  ) {
    throw new AppError('INVALID_INPUT', 'the event must be { action: string, input: object }');
  }
  const { action, input } = event as { action: string; input?: unknown };
  return { action, input: input ?? {} };
}

function currentCaller(): Caller {
  const context = wxContext();
  return { openid: context.OPENID ?? '', source: context.SOURCE ?? '', context };
}
