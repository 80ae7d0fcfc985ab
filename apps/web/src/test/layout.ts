import { vi } from 'vitest';

/**
 * Gives jsdom the size a virtualized list reads: every scroll container `viewport` px high. Without it jsdom lays
 * nothing out and a virtualized list shows no row.
 */
export function stubLayout(viewport = 400) {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(viewport);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
}

/** Scrolls a container to `top` as a user would, firing its scroll event. */
export function scrollTo(element: HTMLElement, top: number) {
  element.scrollTop = top;
  element.dispatchEvent(new Event('scroll'));
}
