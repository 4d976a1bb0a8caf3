import { readdirSync } from 'node:fs';
import path from 'node:path';
import simulate from 'miniprogram-simulate';

// The stepper rendered from the DevTools compiler's output (wcc), tapped as a customer taps it.
const miniprogramRoot = path.join(__dirname, '../..');
const componentWxml = readdirSync(path.join(miniprogramRoot, 'components')).map(
  (name) => `components/${name}/index.wxml`,
);
const stepperId = simulate.load(path.join(__dirname, 'index'), {
  compiler: 'official',
  rootPath: miniprogramRoot,
  compilerOptions: { wxmlList: componentWxml },
});

/** Renders a stepper with `properties`, recording the detail of every `change` it sends. */
function renderStepper(properties: Record<string, unknown>) {
  const stepper = simulate.render(stepperId, properties);
  stepper.attach(document.createElement('parent-wrapper'));
  const changes: unknown[] = [];
  const trigger = stepper.instance.triggerEvent.bind(stepper.instance);
  jest.spyOn(stepper.instance, 'triggerEvent').mockImplementation((name, detail, options) => {
    if (name === 'change') changes.push(detail);
    trigger(name, detail, options);
  });
  const shown = () => stepper.querySelector('.value')?.dom?.textContent;
  const tap = async (selector: string) => {
    stepper.querySelector(selector)?.dispatchEvent('tap');
    await Promise.resolve();
  };
  return { stepper, changes, shown, tap };
}

test('+ and − move the quantity and report each new value', async () => {
  const { changes, shown, tap } = renderStepper({ value: 1, max: 5 });
  expect(shown()).toBe('1');
  await tap('.plus');
  await tap('.plus');
  expect(shown()).toBe('3');
  await tap('.minus');
  expect(shown()).toBe('2');
  expect(changes).toEqual([{ value: 2 }, { value: 3 }, { value: 2 }]);
});

test('at max the + is off and taps on it send nothing', async () => {
  const { stepper, changes, shown, tap } = renderStepper({ value: 2, max: 3 });
  await tap('.plus');
  expect(shown()).toBe('3');
  expect(stepper.querySelector('.plus')?.dom?.className).toContain('is-off');
  await tap('.plus');
  expect(shown()).toBe('3');
  expect(changes).toEqual([{ value: 3 }]);
});

test('never goes below 0, even with a negative min, and the − is off at the bottom', async () => {
  const { stepper, changes, shown, tap } = renderStepper({ value: 1, min: -5 });
  await tap('.minus');
  expect(shown()).toBe('0');
  await tap('.minus');
  expect(shown()).toBe('0');
  expect(changes).toEqual([{ value: 0 }]);
  expect(stepper.querySelector('.minus')?.dom?.className).toContain('is-off');
  expect(stepper.querySelector('.plus')?.dom?.className).not.toContain('is-off');
});

test('stops at min when min is above 0', async () => {
  const { changes, shown, tap } = renderStepper({ value: 3, min: 2 });
  await tap('.minus');
  await tap('.minus');
  expect(shown()).toBe('2');
  expect(changes).toEqual([{ value: 2 }]);
});

test('a value set from outside is drawn within the bounds', async () => {
  const { stepper, shown } = renderStepper({ value: 1, max: 4 });
  stepper.setData({ value: 9 });
  expect(shown()).toBe('4');
  stepper.setData({ value: -2 });
  expect(shown()).toBe('0');
});

test('disabled turns both buttons off', async () => {
  const { stepper, changes, shown, tap } = renderStepper({ value: 2, disabled: true });
  await tap('.plus');
  await tap('.minus');
  expect(shown()).toBe('2');
  expect(changes).toEqual([]);
  expect(stepper.querySelector('.minus')?.dom?.className).toContain('is-off');
  expect(stepper.querySelector('.plus')?.dom?.className).toContain('is-off');
});
