/**
 * Deterministic benchmark drafts: a seeded PRNG assembles realistic WSIS submissions from the
 * building blocks in bench/prose.ts (cover block, Part headings in several styles, policy prose,
 * `<sup>N</sup>`, `¹` and `[^N]` footnotes with page-bottom definitions, `[text](url)` and
 * `[text](#)` links, action line codes C1-C11). Same spec and seed, same text, on any machine.
 */
import { at } from '../server/src/engine/text/at';
import * as P from './prose';

export type Rng = () => number;

/** mulberry32: small, fast, good enough for test data, and identical everywhere. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: Rng, items: readonly T[]): T => at(items, Math.floor(rng() * items.length));
const between = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export type Notation = 'html' | 'unicode' | 'markdown';
export const KB = 1024;
export const MB = 1024 * 1024;

export interface DraftSpec {
  name: string;
  seed: number;
  /** Size to reach in UTF-8 bytes; the draft ends at the first page break past it. */
  bytes: number;
  /** Footnotes numbered 1..N through the draft, each referenced once and defined once. */
  footnotes: number;
  /** Parts One, Two and Three repeated this many times (1: an ordinary submission). */
  partCycles: number;
  /** Notations to mix, one per page of text (labels above 9999 never use `<sup>`). */
  notations: readonly Notation[];
  /** Share of paragraphs hard-wrapped as PDF conversion leaves them. */
  wrapShare: number;
}

export interface DraftStats {
  bytes: number;
  lines: number;
  /** References per notation; each has one definition in the same notation. */
  footnotes: Record<Notation, number>;
  partHeadings: { part: 1 | 2 | 3; style: string }[];
  subsections: number;
  links: { url: number; empty: number };
  /** Action line codes written, by code (`C4`). */
  actionLines: Record<string, number>;
  cover: { session: number; year: number; entity: string };
}

export interface Draft {
  spec: DraftSpec;
  text: string;
  stats: DraftStats;
}

export const REALISTIC_40K: DraftSpec = { name: 'draft-40k', seed: 40, bytes: 40 * KB, footnotes: 40, partCycles: 1, notations: ['html'], wrapShare: 0.15 };
export const DRAFT_1MB: DraftSpec = { name: 'draft-1mb', seed: 1, bytes: MB, footnotes: 2000, partCycles: 12, notations: ['html', 'unicode', 'markdown'], wrapShare: 0.25 };
export const STRESS_10MB: DraftSpec = { ...DRAFT_1MB, name: 'stress-10mb', seed: 10, bytes: 10 * MB, footnotes: 20000, partCycles: 120 };

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscript = (n: number): string => [...String(n)].map((d) => SUPERSCRIPTS[Number(d)]).join('');

function marker(n: number, notation: Notation): string {
  return notation === 'html' ? `<sup>${n}</sup>` : notation === 'unicode' ? superscript(n) : `[^${n}]`;
}

/** Where each Part of a cycle starts, as a share of the cycle (Part One is short). */
const PART_STARTS = [0, 0.05, 0.55];

class Generator {
  private readonly chunks: string[] = [];
  private bytes = 0;
  private next = 1;
  private pending: { n: number; notation: Notation }[] = [];
  private pageNotation: Notation;
  private pageBytes = 0;
  private pageSize = 0;
  private readonly stats: DraftStats;
  private readonly year: number;

  constructor(
    private readonly spec: DraftSpec,
    private readonly rng: Rng,
  ) {
    const session = pick(rng, P.SESSIONS);
    this.year = 1997 + session.n - 1;
    this.stats = {
      bytes: 0,
      lines: 0,
      footnotes: { html: 0, unicode: 0, markdown: 0 },
      partHeadings: [],
      subsections: 0,
      links: { url: 0, empty: 0 },
      actionLines: {},
      cover: { session: session.n, year: this.year, entity: pick(rng, P.ENTITIES) },
    };
    this.pageNotation = pick(rng, spec.notations);
    this.newPage();
  }

  run(): Draft {
    this.cover();
    const { spec } = this;
    const total = spec.partCycles * 3;
    const startOf = (k: number): number => spec.bytes * ((Math.floor(k / 3) + at(PART_STARTS, k % 3)) / spec.partCycles);
    const firstStyle = Math.floor(this.rng() * P.PART_STYLES.length);
    for (let k = 0; k < total; k++) {
      const part = (k % 3) + 1;
      const style = at(P.PART_STYLES, (firstStyle + Math.floor(k / 3)) % P.PART_STYLES.length);
      this.block(at(style.headings, part - 1));
      this.stats.partHeadings.push({ part: part as 1 | 2 | 3, style: style.name });
      const end = k + 1 < total ? startOf(k + 1) : spec.bytes;
      if (part === 3) this.subsection(0);
      const half = (this.bytes + end) / 2;
      let bDone = part !== 3;
      do {
        if (!bDone && this.bytes >= half) {
          this.subsection(1);
          bDone = true;
        }
        this.body();
      } while (this.bytes < end || (k + 1 === total && this.next <= spec.footnotes));
      if (!bDone) this.subsection(1);
    }
    this.flushDefinitions();
    const text = this.chunks.join('').replace(/\n+$/, '\n');
    this.stats.bytes = Buffer.byteLength(text, 'utf8');
    this.stats.lines = text.split('\n').length;
    return { spec, text, stats: this.stats };
  }

  private block(s: string): void {
    this.chunks.push(s, '\n\n');
    const n = Buffer.byteLength(s, 'utf8') + 2;
    this.bytes += n;
    this.pageBytes += n;
  }

  private cover(): void {
    const { session, year, entity } = this.stats.cover;
    const s = P.SESSIONS.find((x) => x.n === session) ?? P.SESSIONS[0];
    const sessionYear = 1997 + session;
    const title = (sessionYear >= 2020 ? P.TITLE_2020 : P.TITLE_OLD).replace('{year}', String(year));
    const suffix = session % 10 === 1 && session !== 11 ? 'st' : session % 10 === 2 && session !== 12 ? 'nd' : session % 10 === 3 && session !== 13 ? 'rd' : 'th';
    this.block('**COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT  \n(CSTD)**');
    this.block(`**${s.words} session  \nGeneva, ${s.dates}**`);
    this.block(`**${wrap(title, 72, '  \n')}**`);
    this.block('**Submission by**');
    this.block(entity);
    this.block(P.INPUT_PARAGRAPH.replace('{session}', `${session}<sup>${suffix}</sup>`));
    this.block(`**DISCLAIMER:** ${P.DISCLAIMER}`);
    this.block('## Flow of information for the follow-up to the World Summit on the Information Society');
    this.block(`### Ref: ${entity.replace(/ \(.*\)$/, '')}'s Annual Contribution in ${year}`);
    this.block('*(Written in accordance to Report Template)*');
    this.block('---');
  }

  private subsection(i: 0 | 1): void {
    this.block(P.SUBSECTIONS[i]);
    this.stats.subsections++;
  }

  /** One block of a Part's body, and the page-bottom definitions when a page fills up. */
  private body(): void {
    if (this.rng() < 0.08) this.block(`### **${pick(this.rng, P.TOPICS)}**`);
    const r = this.rng();
    if (r < 0.06) {
      const items: string[] = [];
      for (let i = between(this.rng, 3, 5); i > 0; i--) items.push(`- ${this.sentence()}`);
      this.block(items.join('\n'));
    } else if (r < 0.11) {
      const items: string[] = [];
      for (let i = between(this.rng, 2, 4); i > 0; i--) {
        const c = between(this.rng, 1, 11);
        this.countActionLine(c);
        items.push(`- C${c}: ${P.ACTION_LINES[c - 1]} – ${cap(pick(this.rng, P.OBJECTS))} ${pick(this.rng, P.QUALIFIERS)}${this.ref()}.`);
      }
      this.block(items.join('\n'));
    } else if (r < 0.13) {
      this.block(`> ${this.sentence()}`);
    } else {
      const sentences: string[] = [];
      for (let i = between(this.rng, 3, 7); i > 0; i--) sentences.push(this.sentence());
      const paragraph = sentences.join(' ');
      this.block(this.rng() < this.spec.wrapShare ? wrap(paragraph, between(this.rng, 70, 100), '\n') : paragraph);
    }
    if (this.pageBytes >= this.pageSize) {
      this.flushDefinitions();
      this.newPage();
    }
  }

  private newPage(): void {
    this.pageBytes = 0;
    this.pageSize = between(this.rng, 2500, 3500);
    this.pageNotation = pick(this.rng, this.spec.notations);
  }

  private flushDefinitions(): void {
    if (this.pending.length === 0) return;
    this.block('---');
    for (const { n, notation } of this.pending) {
      const m = notation === 'markdown' ? `[^${n}]:` : marker(n, notation);
      this.block(`${m} ${this.source()}`);
    }
    this.pending = [];
  }

  /** A footnote reference when the draft is behind its footnote density, else ''. */
  private ref(): string {
    const { footnotes, bytes } = this.spec;
    const due = Math.min(footnotes, Math.floor((this.bytes / bytes) * footnotes) + 1);
    if (this.next > due) return '';
    const n = this.next++;
    let notation = this.pageNotation;
    if (notation === 'html' && n > 9999) notation = 'unicode';
    this.pending.push({ n, notation });
    this.stats.footnotes[notation]++;
    return marker(n, notation);
  }

  private countActionLine(c: number): void {
    this.stats.actionLines[`C${c}`] = (this.stats.actionLines[`C${c}`] ?? 0) + 1;
  }

  private link(): string {
    const title = pick(this.rng, P.LINK_TITLES);
    if (this.rng() < 0.3) {
      this.stats.links.empty++;
      return `[${title}](#)`;
    }
    this.stats.links.url++;
    return `[${title}](${this.url(title)})`;
  }

  private url(title: string): string {
    return `${pick(this.rng, P.DOMAINS)}/${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${this.year}/`;
  }

  private source(): string {
    const title = pick(this.rng, P.LINK_TITLES);
    const src = pick(this.rng, P.SOURCES);
    const y = this.year - between(this.rng, 0, 3);
    switch (between(this.rng, 0, 2)) {
      case 0:
        return `${src} (${y}). ${title} ${y}. Available at: <${this.url(title)}>`;
      case 1:
        return `See: ${this.url(title)}`;
      default:
        return `${src}, ${title}, ${y}, ${this.url(title)}`;
    }
  }

  private sentence(): string {
    const { rng } = this;
    const subj = pick(rng, P.SUBJECTS);
    const verb = pick(rng, P.VERBS);
    const obj = pick(rng, P.OBJECTS);
    let body: string;
    switch (between(rng, 0, 8)) {
      case 0:
      case 1:
        body = `In ${this.year}, ${subj} ${verb} ${obj} ${pick(rng, P.QUALIFIERS)}`;
        break;
      case 2:
        body = `${cap(subj)} ${verb} ${obj}, ${pick(rng, P.QUALIFIERS)}`;
        break;
      case 3:
        body = `These efforts led to ${pick(rng, P.OUTCOMES)}`;
        break;
      case 4: {
        const c = between(rng, 1, 11);
        this.countActionLine(c);
        body = `${cap(subj)} also ${verb} ${obj} under Action Line C${c} (${P.ACTION_LINES[c - 1]})`;
        break;
      }
      case 5:
        body = `Significant challenges remain, including ${pick(rng, P.CHALLENGES)} and ${pick(rng, P.CHALLENGES)}`;
        break;
      case 6:
        body = `According to the ${pick(rng, P.SOURCES)}, nearly ${between(rng, 12, 60)}% of the population of the region remained offline`;
        break;
      case 7:
        body = `As highlighted in the ${this.link()}, ${subj} ${verb} ${obj}`;
        break;
      default:
        body = `More than ${between(rng, 2, 40) * 50} participants from ${between(rng, 20, 150)} countries took part in ${pick(rng, P.EVENTS)}`;
    }
    return `${body}${this.ref()}.`;
  }
}

/** Hard-wraps at spaces, never so that a line starts like a Markdown block marker. */
export function wrap(text: string, width: number, newline: string): string {
  const words = text.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line.length > 0 && line.length + 1 + w.length > width && !/^(?:\d+[.)]|[-+*>#=]|\[\^)/.test(w)) {
      lines.push(line);
      line = w;
    } else {
      line = line.length > 0 ? `${line} ${w}` : w;
    }
  }
  lines.push(line);
  return lines.join(newline);
}

export function generateDraft(spec: DraftSpec): Draft {
  return new Generator(spec, mulberry32(spec.seed)).run();
}

export interface PlannedEdit {
  /** The document version after the edit (the opened text is version 1). */
  version: number;
  /** UTF-16 offset of the edit's start in the text before it. */
  offset: number;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  rangeLength: number;
  text: string;
}

const TYPED = [' the', 'e', ' and', ',', ' digital', 's', ' 2019', 'Internet '];

/**
 * Small edits at random places (seeded), as a user types: insert a word, delete one to three
 * characters, or replace a few, always within one line. Each is planned against the text as the
 * previous edits left it; returns the edits and the final text.
 */
export function planEdits(text: string, count: number, seed: number): { edits: PlannedEdit[]; finalText: string } {
  const rng = mulberry32(seed);
  const edits: PlannedEdit[] = [];
  let doc = text;
  for (let i = 0; i < count; i++) {
    const at = Math.floor(rng() * (doc.length + 1));
    const lineStart = doc.lastIndexOf('\n', at - 1) + 1;
    let lineEnd = doc.indexOf('\n', at);
    if (lineEnd < 0) lineEnd = doc.length;
    let line = 0;
    for (let p = doc.indexOf('\n'); p >= 0 && p < lineStart; p = doc.indexOf('\n', p + 1)) line++;
    const r = rng();
    const removeLen = r < 0.6 ? 0 : Math.min(lineEnd - at, between(rng, 1, r < 0.9 ? 3 : 4));
    const insert = r < 0.6 || r >= 0.9 ? pick(rng, TYPED) : '';
    const character = at - lineStart;
    const edit: PlannedEdit = {
      version: i + 2,
      offset: at,
      range: { start: { line, character }, end: { line, character: character + removeLen } },
      rangeLength: removeLen,
      text: insert,
    };
    edits.push(edit);
    doc = applyEdit(doc, edit);
  }
  return { edits, finalText: doc };
}

export function applyEdit(text: string, edit: PlannedEdit): string {
  return text.slice(0, edit.offset) + edit.text + text.slice(edit.offset + edit.rangeLength);
}
