// The bar's test clock: the local cloud's time in China time, and buttons that move an adjustable clock forward.
import {
  CLOCK_STEPS_MS,
  PREVIEW_CLOCK_PATH,
  type ClockStep,
  type PreviewClockReading,
} from '../../src/preview/clock-route-wire';
import { followCloudClock } from '../cloud-date';
import { reportFailure } from '../failures';
import { barGroup, fetchJson, hasFields } from './bar-parts';

const UTC8_OFFSET_MS = 8 * 60 * 60 * 1000;
const STEP_ORDER: readonly ClockStep[] = ['5m', '1h', '1d'];
const STEP_LABELS: Record<ClockStep, string> = { '5m': '+5 分 min', '1h': '+1 时 h', '1d': '+1 天 day' };

/** `epochMs` as a China-time wall clock reads it: `2026-01-05 10:00:00`. */
export function chinaTimeText(epochMs: number): string {
  return new Date(epochMs + UTC8_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

/** The clock door's answer, checked. */
export function readClock(answer: unknown): PreviewClockReading {
  if (!hasFields(answer, { nowMs: 'number', adjustable: 'boolean', running: 'boolean' }))
    throw new Error(`${PREVIEW_CLOCK_PATH} answered no clock reading`);
  return { nowMs: answer.nowMs, adjustable: answer.adjustable, running: answer.running };
}

/** Shows the clock; a running clock ticks on in the browser between readings. */
class ClockFace {
  private reading: PreviewClockReading = { nowMs: 0, adjustable: false, running: false };
  private readAtMs = 0;

  constructor(private readonly face: HTMLElement) {
    setInterval(() => this.draw(), 1000);
  }

  show(reading: PreviewClockReading): void {
    this.reading = reading;
    followCloudClock(reading);
    this.readAtMs = Date.now();
    this.face.dataset.nowMs = String(reading.nowMs);
    this.draw();
  }

  private draw(): void {
    const elapsedMs = this.reading.running ? Date.now() - this.readAtMs : 0;
    this.face.textContent = `${chinaTimeText(this.reading.nowMs + elapsedMs)} 北京时间 UTC+8`;
  }
}

function stepButton(step: ClockStep, move: (step: ClockStep) => Promise<void>): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'bar-step';
  button.dataset.step = step;
  button.title = `Move the local cloud's clock forward by ${CLOCK_STEPS_MS[step] / 60000} min, running due timers`;
  button.textContent = STEP_LABELS[step];
  button.addEventListener('click', () => {
    button.disabled = true;
    move(step)
      .catch((error: unknown) => reportFailure(error instanceof Error ? error.message : String(error)))
      .finally(() => (button.disabled = false));
  });
  return button;
}

/** Draws the clock, with step buttons when the local cloud's clock can be moved. */
export async function drawTestClock(bar: HTMLElement): Promise<void> {
  const face = document.createElement('span');
  face.id = 'preview-clock';
  face.className = 'bar-clock';
  const clock = new ClockFace(face);
  const reading = await fetchJson(PREVIEW_CLOCK_PATH, readClock);
  clock.show(reading);
  const move = async (step: ClockStep) =>
    clock.show(await fetchJson(PREVIEW_CLOCK_PATH, readClock, { by: step }));
  // Another tab may have moved the clock meanwhile: read it again whenever this tab comes back into view.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible') return;
    fetchJson(PREVIEW_CLOCK_PATH, readClock)
      .then((again) => clock.show(again))
      .catch((error: unknown) => reportFailure(error instanceof Error ? error.message : String(error)));
  });
  const steps = reading.adjustable ? STEP_ORDER.map((step) => stepButton(step, move)) : [];
  bar.append(barGroup(reading.adjustable ? '测试时钟 Test clock' : '时钟 Clock', face, ...steps));
}
