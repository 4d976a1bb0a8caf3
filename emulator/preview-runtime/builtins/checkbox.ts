import { registerChoice } from './choice';

/** Registers `checkbox` and `checkbox-group`: bindchange `{ value: [checked values] }` on the group. */
export function registerCheckbox(): void {
  registerChoice('checkbox');
}
