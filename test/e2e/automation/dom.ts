// What the page callbacks (page.evaluate) share: the few DOM members they use (the project's
// tsconfig has no DOM lib), the keyboard modifier, and text matching.


/**
 * The few DOM members the page callbacks below use: the project's tsconfig has no DOM lib
 * (and should not get one for the sake of these tests).
 */
interface DomNode {
  nodeType: number;
  textContent: string | null;
}
export interface DomElement extends DomNode {
  className: string;
  classList: ArrayLike<string> & Iterable<string>;
  innerText: string;
  style: { top: string };
  childNodes: ArrayLike<DomNode> & Iterable<DomNode>;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement> & Iterable<DomElement>;
}

/** The workbench's keyboard modifier here (Linux): Control. */
export const MOD = 'Control';

export function textMatcher(text: string | RegExp): (s: string) => boolean {
  return (s) => (typeof text === 'string' ? s.includes(text) : text.test(s));
}
