/** Every failure the preview sees, in order: thrown page errors, rejected promises, unsupported APIs. */
export const failures: string[] = [];

/** Shows a failure loudly: in the console and on screen under the phone frame. */
export function reportFailure(message: string): void {
  failures.push(message);
  console.error(`[preview] ${message}`);
  const list = document.getElementById('preview-errors');
  if (list) list.textContent = failures.join('\n');
}

/** Reports uncaught errors and unhandled rejections of the pages, so none passes silently. */
export function watchUncaughtFailures(): void {
  window.addEventListener('error', (event) => reportFailure(`uncaught: ${event.message}`));
  window.addEventListener('unhandledrejection', (event) => {
    const reason: unknown = event.reason;
    reportFailure(`unhandled rejection: ${reason instanceof Error ? reason.message : String(reason)}`);
  });
}
