import { runSteps, step } from './workflow';

test('steps run in order; on a failure the completed ones are undone in reverse and the error is rethrown', async () => {
  const log: string[] = [];
  const steps = [
    step<string[]>(
      'a',
      async (seen) => void seen.push('a'),
      async (seen) => void seen.push('undo a'),
    ),
    step<string[]>('b', async (seen) => void seen.push('b')),
    step<string[]>(
      'c',
      async (seen) => void seen.push('c'),
      async (seen) => void seen.push('undo c'),
    ),
    step<string[]>(
      'd',
      async () => Promise.reject(new Error('d failed')),
      async (seen) => void seen.push('undo d'),
    ),
  ];
  await expect(runSteps('test', steps, log)).rejects.toThrow('d failed');
  expect(log).toEqual(['a', 'b', 'c', 'undo c', 'undo a']);
});

test('an undo that fails stops the undoing and is logged; the step error still comes out', async () => {
  const log: string[] = [];
  const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const steps = [
    step<string[]>(
      'a',
      async (seen) => void seen.push('a'),
      async (seen) => void seen.push('undo a'),
    ),
    step<string[]>(
      'b',
      async (seen) => void seen.push('b'),
      async () => Promise.reject(new Error('stuck')),
    ),
    step<string[]>('c', async () => Promise.reject(new Error('c failed'))),
  ];
  await expect(runSteps('test', steps, log)).rejects.toThrow('c failed');
  expect(log).toEqual(['a', 'b']);
  expect(logged).toHaveBeenCalledWith(expect.stringContaining('undoing "b" failed'), expect.any(Error));
  logged.mockRestore();
});

test('all steps succeed: nothing is undone', async () => {
  const log: string[] = [];
  await runSteps(
    'test',
    [
      step<string[]>(
        'a',
        async (seen) => void seen.push('a'),
        async (seen) => void seen.push('undo'),
      ),
    ],
    log,
  );
  expect(log).toEqual(['a']);
});
