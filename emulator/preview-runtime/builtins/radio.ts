import { registerChoice } from './choice';

/** Registers `radio` and `radio-group`: one checked radio per group, bindchange `{ value }` on the group. */
export function registerRadio(): void {
  registerChoice('radio');
}
