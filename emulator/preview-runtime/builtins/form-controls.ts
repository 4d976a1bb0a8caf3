/** What a form control offers its `form` (submit/reset) and its `label` (a tap on the label). */
export interface FormControl {
  /** The control's `name` attribute; unnamed controls are not submitted. */
  name(): string;
  /** The value `bindsubmit` reports for it (string, number, boolean, or an array for groups). */
  value(): unknown;
  /** Back to the value it was given (form-type="reset"). */
  reset(): void;
  /** What a tap on a `label` for it does (toggle, focus); absent when a label does nothing. */
  labelTap?(target: EventTarget | null): void;
}

const controls = new WeakMap<Element, FormControl>();

/** Registers `control` as the form control drawn at `host`. */
export function registerFormControl(host: Element, control: FormControl): void {
  controls.set(host, control);
}

/** The form control drawn at `element`, if any. */
export function formControlAt(element: Element): FormControl | undefined {
  return controls.get(element);
}

/** The form controls inside `root`, in document order; those inside a group are the group's, not the form's. */
export function formControlsIn(root: Element): FormControl[] {
  const found: FormControl[] = [];
  for (const element of root.querySelectorAll('*')) {
    const control = controls.get(element);
    if (!control) continue;
    const group = element.parentElement?.closest('wx-radio-group, wx-checkbox-group');
    if (group && root.contains(group) && group !== element) continue;
    found.push(control);
  }
  return found;
}
