import type MarkdownIt from 'markdown-it';
import type { PluginSimple, StateCore, Token } from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { draftPreview, type DraftPreview } from './draft-source';
import { pagesText, pagesTooltip } from './pages-format';

/**
 * The markdown-it plugin behind VS Code's Markdown preview of a draft (`extendMarkdownIt`): the
 * draft as it will be submitted, laid out as the Word export lays it out. The cover block centred
 * and bold, the input paragraph and the disclaimer, the Parts as headings (also when written as a
 * bold line or a plain line), (a) and (b) below them, every footnote in any notation numbered as
 * Word numbers the export's footnotes, listed at the end with links both ways (markdown-it-footnote
 * renders them), and the pages the export fills. Other Markdown files render as before.
 *
 * VS Code parses a document once (with an empty env, and caches the tokens) and renders the tokens
 * with an env that names the document; only then can the plugin tell a draft by its name or the
 * settings. So the plugin remembers each parse's source, and the render of a draft parses that
 * source again, rewritten (draft-source.ts), and renders those tokens instead.
 */
export interface PreviewProblem {
  /** 0-based line in the draft. */
  line: number;
  severity: 'error' | 'warning' | 'info';
  message: string;
}

export interface WsisPreviewOptions {
  /** Whether the document this render is for (VS Code's env names it) is a draft. */
  isDraft(env: unknown, source: string): boolean;
  /** The problems to mark in the margin (the `wsis.preview.showProblems` setting), if any. */
  problems?(env: unknown): readonly PreviewProblem[];
}

/** What a draft's own parse carries in its env. */
interface DraftEnv {
  wsisPreview?: DraftPreview;
}

/**
 * The longest draft the preview lays out as submitted (the Word export's own bound,
 * MAX_EXPORT_CHARS): a longer one (no submission is) previews as plain Markdown, so a render never
 * pays for a second parse of a huge file.
 */
export const MAX_PREVIEW_CHARS = 2_000_000;

const FOOTNOTE_BLOCK_RULES = ['footnote_def'];
const FOOTNOTE_INLINE_RULES = ['footnote_ref', 'footnote_inline'];
const ROLE_CLASS = { cover: 'wsis-cover', input: 'wsis-input', disclaimer: 'wsis-disclaimer', part: 'wsis-part', subsection: 'wsis-subsection' } as const;

export function wsisMarkdownIt(md: MarkdownIt, options: WsisPreviewOptions): MarkdownIt {
  // markdown-it-footnote's types name markdown-it's ESM typings, the project resolves the CommonJS ones: the same API.
  md.use(footnote as unknown as PluginSimple);
  /** The source of each parse, by its token array (what VS Code hands the renderer). */
  const sources = new WeakMap<Token[], string>();

  md.core.ruler.before('normalize', 'wsis_source', (state: StateCore) => {
    const preview = (state.env as DraftEnv | undefined)?.wsisPreview;
    // Markdown footnotes are read in drafts only: other Markdown files render as they did.
    // (`^[inline]` notes are no footnotes in Word, nor in a draft.)
    setEnabled(state.md, preview !== undefined);
    if (preview !== undefined) state.src = preview.source;
    else sources.set(state.tokens, state.src);
  });

  md.core.ruler.push('wsis_blocks', (state: StateCore) => {
    const preview = (state.env as DraftEnv | undefined)?.wsisPreview;
    if (preview === undefined) return;
    decorateBlocks(state.tokens, preview);
    const pages = new state.Token('wsis_pages', 'div', 0);
    pages.meta = preview;
    state.tokens.unshift(pages);
  });

  md.renderer.rules.wsis_pages = (tokens, idx) => {
    // markdown-it calls a render rule with the index of its token; wsis_pages tokens carry the preview.
    const preview = tokens[idx]?.meta as DraftPreview | undefined;
    if (preview === undefined) return '';
    return `<div class="wsis-pages" title="${md.utils.escapeHtml(pagesTooltip(preview.pages, preview.bodyWords, preview.notes))}">${md.utils.escapeHtml(pagesText(preview.pages, preview.bodyWords))}</div>\n`;
  };

  // Word numbers its footnotes 1, 2, 3 without brackets.
  const caption = md.renderer.rules.footnote_caption!;
  md.renderer.rules.footnote_caption = (tokens, idx, opts, env, self) => {
    const note = tokens[idx]?.meta as { id: number } | undefined;
    return (env as DraftEnv | undefined)?.wsisPreview !== undefined && note !== undefined ? String(note.id + 1) : caption(tokens, idx, opts, env, self);
  };

  const render = md.renderer.render.bind(md.renderer);
  md.renderer.render = (tokens, opts, env: unknown) => {
    const source = sources.get(tokens);
    if (source === undefined || source.length > MAX_PREVIEW_CHARS || !options.isDraft(env, source)) return render(tokens, opts, env);
    const preview = draftPreview(source);
    const draftTokens = md.parse(source, { wsisPreview: preview } satisfies DraftEnv);
    sources.set(draftTokens, source);
    if (!preview.relaidOut) markProblems(draftTokens, options.problems?.(env) ?? []);
    // The env is VS Code's (images, links): the draft's render adds to it what the footnote caption asks.
    const renderEnv = (env !== null && typeof env === 'object' ? env : {}) as DraftEnv;
    renderEnv.wsisPreview = preview;
    try {
      return render(draftTokens, opts, renderEnv);
    } finally {
      delete renderEnv.wsisPreview;
    }
  };
  return md;
}

function setEnabled(md: MarkdownIt, enabled: boolean): void {
  // ignoreInvalid: another plugin may have removed a rule; toggling only what is there.
  if (enabled) {
    md.block.ruler.enable(FOOTNOTE_BLOCK_RULES, true);
    md.inline.ruler.enable(['footnote_ref'], true);
    md.inline.ruler.disable(['footnote_inline'], true);
  } else {
    md.block.ruler.disable(FOOTNOTE_BLOCK_RULES, true);
    md.inline.ruler.disable(FOOTNOTE_INLINE_RULES, true);
  }
}

/** The closing token of the block that `tokens[open]` opens. */
function closeOf(tokens: Token[], open: number): number {
  let depth = 0;
  for (const [k, t] of tokens.slice(open).entries()) {
    depth += t.nesting;
    if (depth === 0) return open + k;
  }
  return -1;
}

function retag(tokens: Token[], open: number, tag: string): void {
  const opening = tokens[open];
  if (opening === undefined) return;
  opening.tag = tag;
  const closing = tokens[closeOf(tokens, open)]; // undefined when it has none (-1)
  if (closing !== undefined) closing.tag = tag;
}

/** Classes (and heading tags for Parts and subsections) on the blocks the model gave a role. */
function decorateBlocks(tokens: Token[], preview: DraftPreview): void {
  for (const [i, t] of tokens.entries()) {
    if (t.nesting !== 1 || t.map === null || (t.type !== 'paragraph_open' && t.type !== 'heading_open')) continue;
    const role = preview.roles.get(t.map[0]);
    if (role === undefined) continue;
    t.attrJoin('class', ROLE_CLASS[role.kind]);
    // The cover's lines stay lines, as in the export (Markdown would run them into one).
    const inline = tokens[i + 1];
    if (role.kind === 'cover' && inline?.type === 'inline') for (const c of inline.children ?? []) if (c.type === 'softbreak') c.type = 'hardbreak';
    if (role.kind === 'part') retag(tokens, i, 'h2');
    else if (role.kind === 'subsection') retag(tokens, i, 'h3');
  }
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Marks the innermost block that holds each problem's line: a class for the margin mark, its messages as the title. */
function markProblems(tokens: Token[], problems: readonly PreviewProblem[]): void {
  if (problems.length === 0) return;
  const byToken = new Map<Token, PreviewProblem[]>();
  for (const p of problems) {
    let best: Token | undefined;
    for (const t of tokens) {
      if (t.nesting !== 1 || t.map === null || t.type.startsWith('footnote') || !(t.map[0] <= p.line && p.line < t.map[1])) continue;
      if (best === undefined || t.map[1] - t.map[0] <= best.map![1] - best.map![0]) best = t;
    }
    if (best === undefined) continue;
    const list = byToken.get(best) ?? [];
    list.push(p);
    byToken.set(best, list);
  }
  for (const [t, list] of byToken) {
    const [worst] = list.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    if (worst === undefined) continue; // each list has the problem it was made for
    t.attrJoin('class', `wsis-problem wsis-problem-${worst.severity}`);
    t.attrSet('title', list.map((p) => p.message).join('\n'));
  }
}
