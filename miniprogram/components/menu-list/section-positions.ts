/** Where a section starts inside the list's scrolled content, in px from the content's top. */
export interface SectionTop {
  id: string;
  top: number;
}

/** A measured box's top edge (px from the viewport) and, for sections, its `data-id`. */
interface MeasuredBox {
  top: number;
  id: string;
}

/** Reads one measured node of a selector query (`fields({ rect, dataset })`), or null when it is not one. */
function readBox(node: unknown): MeasuredBox | null {
  if (typeof node !== 'object' || node === null) return null;
  const top: unknown = Reflect.get(node, 'top');
  const dataset: unknown = Reflect.get(node, 'dataset');
  const id: unknown = typeof dataset === 'object' && dataset !== null ? Reflect.get(dataset, 'id') : '';
  return typeof top === 'number' ? { top, id: typeof id === 'string' ? id : '' } : null;
}

/**
 * Turns measured boxes into offsets inside the content: a section's top on screen, minus the list's top on
 * screen, plus how far the list is scrolled now. `sections` is what `selectAll('.section').fields(...)` answered.
 */
export function sectionTops(listTop: number, scrollTop: number, sections: unknown): SectionTop[] {
  if (!Array.isArray(sections)) return [];
  const tops: SectionTop[] = [];
  for (const node of sections) {
    const box = readBox(node);
    if (box && box.id) tops.push({ id: box.id, top: box.top - listTop + scrollTop });
  }
  return tops;
}

/** The measured top of the list's own box (px from the viewport), 0 when the query found nothing. */
export function boxTop(node: unknown): number {
  return readBox(node)?.top ?? 0;
}

/**
 * The section in view at `scrollTop`: the last one whose top has reached the list's top edge (1 px of rounding
 * allowed); at the very end of the list, the last section, which may be too short to reach the top.
 */
export function sectionAt(tops: SectionTop[], scrollTop: number, isAtEnd: boolean): string {
  if (tops.length === 0) return '';
  if (isAtEnd) return tops[tops.length - 1].id;
  let id = tops[0].id;
  for (const section of tops) {
    if (section.top <= scrollTop + 1) id = section.id;
  }
  return id;
}
