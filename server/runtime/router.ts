import type { ActionName, AnyOutputOf, FunctionName, InputOf, OutputOf } from '../../typings/contracts';
import type { Result } from '../../typings/result';
import { AppError } from './app-error';
import { wxContext, type WxContext } from './cloud';
import {
  describeErrors,
  isNestedDeeperThan,
  quote,
  schemaDepth,
  type CompiledValidator,
  type CompiledValidators,
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
  handle: (input: I, caller: Caller) => Promise<O>;
}

/** Declares an action with its input type inferred from the schema (`JSONSchemaType<I>`). */
export function defineAction<I, O>(definition: ActionDefinition<I, O>): ActionDefinition<I, O> {
  return definition;
}

/** Exactly the actions of function F in the contract map, each taking and answering what the map says. */
export type ActionTable<F extends FunctionName> = {
  [A in ActionName<F>]: ActionDefinition<InputOf<F, A>, OutputOf<F, A>>;
};

/** A function's entry point as the platform calls it: an event in, the action's Result out. */
export type RouterMain<F extends FunctionName> = (
  event: unknown,
  context?: { request_id?: string },
) => Promise<Result<AnyOutputOf<F>>>;

/** An action definition with its types erased (every ActionDefinition is one). */
interface ErasedDefinition {
  input: object;
  requiresUser: boolean;
  handle: (input: never, caller: Caller) => Promise<unknown>;
}

/** An action with its types erased, as the router's own table holds it once the caller's types were checked. */
interface RoutedAction {
  schema: object;
  requiresUser: boolean;
  /** Called only with input its own validator accepted. */
  handle: (input: never, caller: Caller) => Promise<unknown>;
  validate: CompiledValidator<unknown> | undefined;
  /** The deepest input the action's schema allows; deeper input is refused before it is validated. */
  maxDepth: number;
}

// Each router's input schemas by function, for the build that compiles them into validation code.
const schemasByRouter = new WeakMap<object, { functionName: string; schemas: Record<string, object> }>();

/** The function name and input schemas of a router made by createRouter (undefined for any other entry point). */
export function routerSchemas(
  main: unknown,
): { functionName: string; schemas: Record<string, object> } | undefined {
  return typeof main === 'function' ? schemasByRouter.get(main) : undefined;
}

/**
 * One router for all functions: `{ action, input }` → depth check → the compiled validator → the action's
 * service → `Result`. Expected failures are AppErrors; anything else is logged with the request id and
 * answered as INTERNAL. `actions` must be exactly F's actions in the contract map.
 */
export function createRouter<F extends FunctionName>(
  functionName: F,
  validators: CompiledValidators<F>,
  actions: ActionTable<F>,
): RouterMain<F> {
  const compiled: Partial<Record<string, CompiledValidator<unknown>>> = validators;
  const table = new Map<string, RoutedAction>(
    Object.entries<ErasedDefinition>(actions).map(([name, action]) => [
      name,
      {
        schema: action.input,
        requiresUser: action.requiresUser,
        handle: action.handle,
        validate: compiled[name],
        maxDepth: schemaDepth(action.input),
      },
    ]),
  );
  const main: RouterMain<F> = async (event, context) => {
    try {
      const { action, input } = readEvent(event);
      const definition = table.get(action);
      if (!definition) {
        throw new AppError(
          'UNKNOWN_ACTION',
          `unknown action "${quote(action)}"; expected one of: ${[...table.keys()].join(', ')}`,
        );
      }
      if (!definition.validate) {
        throw new Error(`${functionName}.${action} has no compiled validator; run npm run build:validators`);
      }
      if (isNestedDeeperThan(input, definition.maxDepth)) {
        const problem = `input is nested deeper than the ${definition.maxDepth} levels this action takes`;
        throw new AppError('INVALID_INPUT', problem, { problems: [problem] });
      }
      if (!definition.validate(input)) {
        const described = describeErrors(definition.validate.errors);
        const more = described.more === undefined ? '' : `; and ${described.more} more`;
        throw new AppError('INVALID_INPUT', `${described.problems.join('; ')}${more}`, described);
      }
      const caller = currentCaller();
      if (definition.requiresUser && !caller.openid) {
        throw new AppError('UNAUTHENTICATED', 'this action needs a signed-in WeChat user');
      }
      // The input passed this action's own validator, which is compiled from the schema typed as its input.
      const handle = definition.handle as (input: unknown, caller: Caller) => Promise<AnyOutputOf<F>>;
      return { ok: true, data: await handle(input, caller) };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toBody() };
      console.error(`[${context?.request_id ?? 'no-request-id'}] internal error`, error);
      return {
        ok: false,
        error: { code: 'INTERNAL', message: 'Something went wrong on our side; please try again.' },
      };
    }
  };
  schemasByRouter.set(main, {
    functionName,
    schemas: Object.fromEntries([...table].map(([name, action]) => [name, action.schema])),
  });
  return main;
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
