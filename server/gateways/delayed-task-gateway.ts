// Runs a cloud function once, later: `cloud.openapi.cloudbase.addDelayedFunctionTask` (6 s – 30 days).
// The calling function must list the API in its config.json `permissions.openapi`.
import { cloud, wxContext } from '../runtime/cloud';

/** The platform's accepted delay range, in seconds. */
export const DELAYED_TASK_LIMITS = { minSeconds: 6, maxSeconds: 30 * 24 * 60 * 60 } as const;

type AddDelayedFunctionTask = (request: Record<string, unknown>) => Promise<{ errCode?: number }>;

/** Schedules `functionName` to run with `event` after `delaySeconds` (clamped into the platform's range). */
export async function scheduleFunction(
  functionName: string,
  event: object,
  delaySeconds: number,
): Promise<void> {
  // SDK boundary: the typings do not declare the `cloudbase` open APIs.
  const openapi = cloud.openapi as unknown as {
    cloudbase: { addDelayedFunctionTask: AddDelayedFunctionTask };
  };
  const delayTime = Math.min(
    DELAYED_TASK_LIMITS.maxSeconds,
    Math.max(DELAYED_TASK_LIMITS.minSeconds, Math.ceil(delaySeconds)),
  );
  await openapi.cloudbase.addDelayedFunctionTask({
    env: wxContext().ENV,
    functionName,
    data: JSON.stringify(event),
    delayTime,
  });
}
