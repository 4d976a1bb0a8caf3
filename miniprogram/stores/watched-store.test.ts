import { watchStore, WatchedStore } from './watched-store';

class Counter extends WatchedStore {
  count = 0;
  label = 'a';
  bump(): void {
    this.count += 1;
    this.changed();
  }
  rename(label: string): void {
    this.label = label;
    this.changed();
  }
}

test('a subscriber hears each change until it stops', () => {
  const counter = new Counter();
  const heard: number[] = [];
  const stop = counter.subscribe(() => heard.push(counter.count));
  counter.bump();
  counter.bump();
  stop();
  counter.bump();
  expect(heard).toEqual([1, 2]);
});

test('a watch runs only when a value it selects is a different one', () => {
  const counter = new Counter();
  const drawn: number[] = [];
  const stop = watchStore(
    counter,
    () => [counter.count],
    () => drawn.push(counter.count),
  );
  counter.rename('b');
  counter.bump();
  counter.rename('c');
  counter.bump();
  stop();
  counter.bump();
  expect(drawn).toEqual([1, 2]);
});
