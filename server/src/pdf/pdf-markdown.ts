import type { Segment } from './pdf-lines';
import type { Block } from './pdf-paragraphs';

/**
 * Blocks and footnotes written as Markdown: bold and italic runs as `**` and `*`, monospaced as
 * code, footnote marks as `[^n]`, other raised text (an ordinal's `rd`, a mark without its
 * footnote) as `<sup>`.
 */
export function inlineMarkdown(segments: readonly Segment[], refs: ReadonlyMap<Segment, number>, plainWeight = false): string {
  let out = '';
  let run: { key: string; text: string } | undefined;
  const flush = (): void => {
    if (run === undefined) return;
    const lead = /^\s*/.exec(run.text)?.[0] ?? '';
    const trail = /\s*$/.exec(run.text)?.[0] ?? '';
    const core = run.text.trim();
    if (core === '') out += run.text;
    else if (run.key === 'code') out += `${lead}\`${core.replace(/`/g, "'")}\`${trail}`;
    else {
      const mark = (run.key.includes('b') ? '**' : '') + (run.key.includes('i') ? '*' : '');
      out += `${lead}${mark}${escape(core)}${[...mark].reverse().join('')}${trail}`;
    }
    run = undefined;
  };
  for (const s of segments) {
    const n = refs.get(s);
    if (n !== undefined) {
      flush();
      out = out.trimEnd() + `[^${n}]`;
      continue;
    }
    if (s.raised) {
      flush();
      // A raised number no footnote was found for stays raised: the checker reports it as a reference without its note.
      out += `<sup>${escape(s.text.trim())}</sup>`;
      continue;
    }
    // Spaces take the style of the run they are in, so `**a b**` stays one run.
    const key = s.mono ? 'code' : `${s.bold && !plainWeight ? 'b' : ''}${s.italic ? 'i' : ''}`;
    if (run !== undefined && (run.key === key || s.text.trim() === '')) run.text += s.text;
    else {
      flush();
      run = { key, text: s.text };
    }
  }
  flush();
  return out.replace(/\s+/g, ' ').trim();
}

/** Markdown's own marks in running text, as literal characters. */
function escape(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/[*_`]/g, (c) => `\\${c}`).replace(/<(?=[A-Za-z/!?])/g, '\\<');
}

/** A paragraph that Markdown would read as something else (a heading, a list, a quote) is escaped. */
function literalStart(text: string): string {
  return text.replace(/^(#{1,6}(?:\s|$)|>|[-+](?:\s|$)|\d{1,9}(?=[.)](?:\s|$)))/, (m) => (/^\d/.test(m) ? `${m}\\` : `\\${m}`));
}

export function blockMarkdown(block: Block, refs: ReadonlyMap<Segment, number>): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${inlineMarkdown(block.segments, refs, true)}`;
    case 'bullet':
      return `- ${inlineMarkdown(block.segments, refs)}`;
    case 'number':
      return `${block.number}. ${inlineMarkdown(block.segments, refs)}`;
    default: {
      return literalStart(inlineMarkdown(block.segments, refs));
    }
  }
}

export function documentMarkdown(blocks: readonly Block[], refs: ReadonlyMap<Segment, number>, notes: readonly string[]): string {
  let out = '';
  blocks.forEach((b, i) => {
    const text = blockMarkdown(b, refs);
    if (text === '') return;
    const list = b.kind === 'bullet' || b.kind === 'number';
    const before = blocks[i - 1]?.kind;
    const prevList = before === 'bullet' || before === 'number';
    out += out === '' ? text : `${list && prevList ? '\n' : '\n\n'}${text}`;
  });
  const defs = notes.map((t, k) => `[^${k + 1}]: ${t}`).join('\n');
  return `${out}${defs === '' ? '' : `\n\n${defs}`}\n`;
}
