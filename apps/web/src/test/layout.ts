import { vi } from 'vitest';

/**
 * Gives jsdom the sizes a virtualized list reads: every scroll container `viewport` px high, every row or card
 * `item` px high. Without it jsdom lays nothing out and a virtualized list shows no row.
 */
export function stubLayout({ viewport = 400, item = 80 }: { viewport?: number; item?: number } = {}) {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(viewport);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(item);
}

/** Scrolls a container to `top` as a user would, firing its scroll event. */
export function scrollTo(element: HTMLElement, top: number) {
  element.scrollTop = top;
  element.dispatchEvent(new Event('scroll'));
}
