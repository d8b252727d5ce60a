// What a screen-reader or keyboard user meets, read in Chromium: the accessibility tree as assistive
// technology gets it, the element that has focus through shadow roots, the text changes of live regions, and
// colour contrast as drawn. Shared by the return page's checks; registers nothing.
import { executeServerCommand } from '@web/test-runner-commands';

export interface AxNode {
  role: string;
  name?: string;
  description?: string;
  level?: number;
  checked?: boolean | 'mixed';
  disabled?: boolean;
  focused?: boolean;
  required?: boolean;
  invalid?: string;
  children?: AxNode[];
}

export function flatten(node: AxNode): AxNode[] {
  return [node, ...(node.children ?? []).flatMap(flatten)];
}

/** The page's whole accessibility tree (web-test-runner.config.mjs's `accessibility-tree` command), flattened. */
export async function axNodes(): Promise<AxNode[]> {
  return flatten(await executeServerCommand<AxNode, undefined>('accessibility-tree'));
}

/** The text a node's subtree gives a screen reader, from its text leaves. */
export function axText(node: AxNode): string {
  return squash(
    flatten(node)
      .filter((child) => child.role === 'StaticText' || child.role === 'text')
      .map((child) => child.name ?? '')
      .join(' '),
  );
}

/** The element that has focus, through open shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

export interface Spoken {
  role: string;
  text: string;
  /** The language each text node of the region is in (its closest lang attribute). */
  languages: Array<[string, string]>;
}

const LIVE = '[role="alert"], [role="status"], [aria-live]';

/**
 * Records every change inside a live region of `root` (and every live region inserted), with its text at that
 * moment: what a screen reader is told to announce. A change that leaves the same text still counts (a new node is
 * announced); a render that touches nothing does not.
 */
export function recordLiveRegions(root: ShadowRoot) {
  const spoken: Spoken[] = [];
  const observer = new MutationObserver((records) => {
    const regions = new Set<Element>();
    for (const record of records) {
      const target = record.target instanceof Element ? record.target : record.target.parentElement;
      const region = target?.closest(LIVE);
      if (region) regions.add(region);
      for (const added of record.addedNodes) {
        if (!(added instanceof Element)) continue;
        if (added.matches(LIVE)) regions.add(added);
        for (const inner of added.querySelectorAll(LIVE)) regions.add(inner);
      }
    }
    for (const region of regions) {
      const languages: Array<[string, string]> = [];
      const walker = document.createTreeWalker(region, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = squash(node.textContent);
        if (text) languages.push([text, node.parentElement!.closest('[lang]')?.getAttribute('lang') ?? '']);
      }
      // The rendered text (innerText), as a screen reader reads it: two paragraphs are two blocks, never run together
      // (a minified template has no whitespace between them for textContent to keep).
      const text = squash(region instanceof HTMLElement ? region.innerText : region.textContent);
      spoken.push({ role: region.getAttribute('role') ?? 'live', text, languages });
    }
  });
  observer.observe(root, { subtree: true, childList: true, characterData: true });
  return {
    spoken,
    said: (role: string) => spoken.filter((entry) => entry.role === role && entry.text !== '').map((e) => e.text),
    /** Lets the observer's callback run for what has happened so far. */
    flush: () => new Promise((resolve) => setTimeout(resolve, 0)),
    stop: () => observer.disconnect(),
  };
}

/** Any CSS colour as sRGB bytes with alpha, through a canvas (computed styles may be oklch() or color()). */
export function rgba(color: string): [number, number, number, number] {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a!];
}

/** WCAG's relative luminance of sRGB bytes. */
export function luminance([r, g, b]: readonly number[]): number {
  const [lr, lg, lb] = [r!, g!, b!].map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * lr! + 0.7152 * lg! + 0.0722 * lb!;
}

/** WCAG contrast ratio of two colours, given as CSS colours or sRGB bytes. */
export function contrast(a: string | readonly number[], b: string | readonly number[]): number {
  const [light, dark] = [a, b].map((c) => luminance(typeof c === 'string' ? rgba(c) : c)).sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** The first opaque background behind `node`, through shadow hosts up to the page; the canvas is white. */
export function backgroundBehind(node: Element): string {
  for (let current: Element | null = node; current;) {
    const color = getComputedStyle(current).backgroundColor;
    if (rgba(color)[3] === 255) return color;
    current = current.parentElement ?? ((current.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  return 'rgb(255, 255, 255)';
}

/**
 * The pixels of `element` as the screen shows them (web-test-runner.config.mjs's `screenshot` command), read back
 * through a canvas: `at(x, y)` in CSS pixels from the element's top left corner.
 */
export async function pixelsOf(element: Element) {
  const box = element.getBoundingClientRect();
  const clip = { x: box.left + scrollX, y: box.top + scrollY, width: box.width, height: box.height };
  const png = await executeServerCommand<string, typeof clip>('screenshot', clip);
  const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(image, 0, 0);
  const data = context.getImageData(0, 0, image.width, image.height).data;
  const scale = image.width / box.width;
  const all: Array<[number, number, number]> = [];
  for (let i = 0; i < data.length; i += 4) all.push([data[i]!, data[i + 1]!, data[i + 2]!]);
  return {
    width: image.width,
    height: image.height,
    all,
    at: (x: number, y: number): [number, number, number] => {
      const i = (Math.round(y * scale) * image.width + Math.round(x * scale)) * 4;
      return [data[i]!, data[i + 1]!, data[i + 2]!];
    },
  };
}
