// The benchmark's generated drafts: deterministic, and what they claim to be (bench/generate.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdit, DRAFT_1MB, generateDraft, MB, KB, mulberry32, planEdits, REALISTIC_40K, STRESS_10MB, type Notation } from '../../bench/generate';
import { checkText, parseSubmission } from '../../server/src/engine';
import { at } from '../../server/src/engine/text/at';

const countBy = <T>(items: readonly T[], key: (t: T) => string): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
};

describe('bench inputs: the PRNG', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const c = mulberry32(8);
    const xs = Array.from({ length: 5 }, () => a());
    assert.deepEqual(Array.from({ length: 5 }, () => b()), xs);
    assert.notDeepEqual(Array.from({ length: 5 }, () => c()), xs);
    assert.ok(xs.every((x) => x >= 0 && x < 1));
  });
});

describe('bench inputs: the realistic 40 KB submission', () => {
  const draft = generateDraft(REALISTIC_40K);

  it('is deterministic', () => {
    assert.equal(generateDraft(REALISTIC_40K).text, draft.text);
    assert.notEqual(generateDraft({ ...REALISTIC_40K, seed: REALISTIC_40K.seed + 1 }).text, draft.text);
  });

  it('is about 40 KB with Parts One to Three, Part Three with (a) and (b)', () => {
    assert.ok(draft.stats.bytes >= 40 * KB && draft.stats.bytes < 44 * KB, `${draft.stats.bytes} bytes`);
    const model = parseSubmission(draft.text);
    assert.deepEqual(
      model.parts.map((p) => p.number),
      [1, 2, 3],
    );
    assert.deepEqual(
      at(model.parts, 2).subsections.map((s) => s.letter),
      ['a', 'b'],
    );
  });

  it('has a complete, consistent cover block and its footnotes all pair up', () => {
    const { model, kind, diagnostics } = checkText(draft.text);
    assert.equal(kind, 'submission');
    const cover = diagnostics.filter((d) => d.rule.startsWith('cover-') || d.rule === 'disclaimer' || d.rule.startsWith('footnote-'));
    assert.deepEqual(cover, []);
    assert.equal(model.footnotes.refs.length, REALISTIC_40K.footnotes);
    assert.equal(model.footnotes.defs.length, REALISTIC_40K.footnotes);
  });
});

describe('bench inputs: the 1 MB draft', () => {
  const draft = generateDraft(DRAFT_1MB);
  const model = parseSubmission(draft.text);

  it('is deterministic', () => {
    assert.equal(generateDraft(DRAFT_1MB).text, draft.text);
  });

  it('is about 1 MB', () => {
    assert.ok(draft.stats.bytes >= MB && draft.stats.bytes < 1.05 * MB, `${draft.stats.bytes} bytes`);
    assert.equal(draft.stats.bytes, Buffer.byteLength(draft.text));
  });

  it('has 2,000 footnotes in all three notations, each referenced and defined once, numbered in order', () => {
    const { footnotes } = model;
    assert.equal(footnotes.refs.length, 2000);
    assert.equal(footnotes.defs.length, 2000);
    const notations: Notation[] = ['html', 'unicode', 'markdown'];
    for (const n of notations) assert.ok(draft.stats.footnotes[n] >= 300, `${n}: ${draft.stats.footnotes[n]}`);
    assert.deepEqual(countBy(footnotes.refs, (r) => r.notation), draft.stats.footnotes);
    assert.deepEqual(countBy(footnotes.defs, (d) => d.notation), draft.stats.footnotes);
    assert.deepEqual(
      footnotes.refs.map((r) => r.number),
      Array.from({ length: 2000 }, (_, i) => i + 1),
    );
    assert.equal(footnotes.defByLabel.size, 2000);
  });

  it('has the Part headings it wrote, in several styles', () => {
    assert.deepEqual(
      model.partHeadings.map((h) => h.part),
      draft.stats.partHeadings.map((h) => h.part),
    );
    assert.equal(model.partHeadings.length, 3 * DRAFT_1MB.partCycles);
    assert.ok(new Set(draft.stats.partHeadings.map((h) => h.style)).size >= 6);
    assert.deepEqual(new Set(model.partHeadings.map((h) => h.style)), new Set(['heading', 'bold', 'plain']));
  });

  it('has links with and without targets and every action line code', () => {
    assert.equal(model.links.filter((l) => l.target === '#').length, draft.stats.links.empty);
    assert.equal(model.links.filter((l) => l.target.startsWith('https://')).length, draft.stats.links.url);
    assert.ok(draft.stats.links.empty > 0 && draft.stats.links.url > 0);
    assert.deepEqual(countBy(model.actionLines, (a) => a.code), draft.stats.actionLines);
    assert.equal(Object.keys(draft.stats.actionLines).length, 11);
  });
});

describe('bench inputs: the 10 MB stress draft and the edits', () => {
  it('is the 1 MB recipe at ten times the size and footnote count', () => {
    assert.equal(STRESS_10MB.bytes, 10 * DRAFT_1MB.bytes);
    assert.equal(STRESS_10MB.footnotes, 10 * DRAFT_1MB.footnotes);
    assert.equal(STRESS_10MB.partCycles, 10 * DRAFT_1MB.partCycles);
  });

  it('plans the same small edits for the same seed, each valid against the text before it', () => {
    const text = generateDraft(REALISTIC_40K).text;
    const a = planEdits(text, 200, 3);
    assert.deepEqual(planEdits(text, 200, 3), a);
    assert.notDeepEqual(planEdits(text, 200, 4).edits, a.edits);
    let doc = text;
    for (const e of a.edits) {
      const lines = doc.split('\n');
      assert.equal(e.range.start.line, e.range.end.line);
      assert.ok(e.range.end.character <= at(lines, e.range.start.line).length);
      const lineStart = lines.slice(0, e.range.start.line).reduce((n, l) => n + l.length + 1, 0);
      assert.equal(lineStart + e.range.start.character, e.offset);
      assert.ok(e.rangeLength <= 4 && e.text.length <= 9);
      doc = applyEdit(doc, e);
    }
    assert.equal(doc, a.finalText);
    assert.deepEqual(
      a.edits.map((e) => e.version),
      Array.from({ length: 200 }, (_, i) => i + 2),
    );
  });
});
