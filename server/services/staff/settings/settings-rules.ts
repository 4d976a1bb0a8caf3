// The rules between settings fields the schema cannot say: a day's periods in order without overlap, holidays
// that are real dates, at least one mode offered. Pure: the first problem, as the page shows it beside its field.
import type { SaveSettingsInput, SettingsPeriod } from '../../../../typings/contracts/staff-settings';
import type { FieldProblemDetails } from '../../../../typings/errors';

function minutesOf(hhmm: string): number {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number);
  return hours * 60 + minutes;
}

/** The first problem of one day's periods: one ending before it starts, or starting before the last one ends. */
function dayProblem(day: string, periods: readonly SettingsPeriod[]): FieldProblemDetails | undefined {
  let lastClose = -1;
  for (const [index, period] of periods.entries()) {
    const open = minutesOf(period.open);
    const close = minutesOf(period.close);
    if (open === 24 * 60 || close <= open)
      return { field: `hours.${day}.${index}`, problem: 'CLOSE_BEFORE_OPEN' };
    if (open < lastClose) return { field: `hours.${day}.${index}`, problem: 'PERIODS_OVERLAP' };
    lastClose = close;
  }
  return undefined;
}

/** True for a `YYYY-MM-DD` that names a day of the calendar (no 30 February). */
export function isCalendarDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** The first problem of the changes, or undefined when they may be saved. */
export function settingsProblem(input: SaveSettingsInput): FieldProblemDetails | undefined {
  for (const [day, periods] of Object.entries(input.hours ?? {})) {
    const problem = dayProblem(day, periods);
    if (problem) return problem;
  }
  const badDate = (input.holidays ?? []).findIndex((date) => !isCalendarDate(date));
  if (badDate >= 0) return { field: `holidays.${badDate}`, problem: 'NOT_A_DATE' };
  if (input.modes && !input.modes.dineIn && !input.modes.pickup && !input.modes.delivery)
    return { field: 'modes', problem: 'NO_MODE' };
  if (input.stateMessage !== undefined && input.state === undefined)
    return { field: 'stateMessage', problem: 'STATE_REQUIRED' };
  return undefined;
}
