import type { DocumentLink } from 'vscode-languageserver';
import type { SubmissionModel } from '../../engine';

function valid(target: string): boolean {
  try {
    const u = new URL(target);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Document links: bare and `<...>` URLs in the text (`www.` ones open as https), and the targets
 * of Markdown links that are http(s) addresses. A URL that is a link's target is given once.
 */
export function provideDocumentLinks(model: SubmissionModel): DocumentLink[] {
  const out: DocumentLink[] = [];
  const taken = new Set<number>();
  for (const link of model.links) {
    const raw = model.text.slice(link.targetSpan.start, link.targetSpan.end);
    const span = raw.startsWith('<') ? { start: link.targetSpan.start + 1, end: link.targetSpan.end - 1 } : link.targetSpan;
    const target = link.target.trim();
    if (!/^https?:\/\//i.test(target) || !valid(target)) continue;
    taken.add(span.start);
    out.push({ range: model.lines.rangeOf(span), target, tooltip: 'Open the address' });
  }
  for (const url of model.urls) {
    if (taken.has(url.span.start) || !valid(url.url)) continue;
    out.push({ range: model.lines.rangeOf(url.span), target: url.url });
  }
  out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return out;
}
