import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { ACTION_LINES, footnoteAt, isDefinition, ordinalDigits, sessionYear, type SessionOrdinal, type SubmissionModel } from '../../engine';

const LAST_ACTION_LINE = Object.keys(ACTION_LINES).length;

function markdown(value: string, model: SubmissionModel, span: { start: number; end: number }): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range: model.lines.rangeOf(span) };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Hover: a footnote reference shows its definition's text; a definition says how many
 * references use it; an action line code gives its name; the session ordinal gives the year
 * the session is held and the year its submissions report on.
 */
export function provideHover(model: SubmissionModel, position: Position): Hover | null {
  const offset = model.lines.offsetAt(position);
  const { defByLabel, refsByLabel, defs } = model.footnotes;

  const marker = footnoteAt(model, offset);
  if (marker !== undefined) {
    const name = marker.number !== undefined ? `Footnote ${marker.label}` : `Footnote [^${marker.label}]`;
    if (!isDefinition(marker)) {
      const def = defByLabel.get(marker.label);
      if (def === undefined) return markdown(`**${name}** has no definition in this draft.`, model, marker.span);
      const text = def.text.trim().length > 0 ? def.text : '_(the definition is empty)_';
      return markdown(`**${name}**\n\n${text}`, model, marker.span);
    }
    const refs = refsByLabel.get(marker.label) ?? [];
    const lines = [...new Set(refs.map((r) => model.lines.lineAt(r.span.start) + 1))];
    let value =
      refs.length === 0
        ? `**${name}** is not referenced anywhere in the text.`
        : `**${name}** is referenced ${refs.length === 1 ? 'once' : `${refs.length} times`} (line${lines.length === 1 ? '' : 's'} ${lines.join(', ')}).`;
    const twice = defs.filter((d) => d.label === marker.label).length;
    if (twice > 1) value += `\n\nIt is defined ${plural(twice, 'time')}.`;
    return markdown(value, model, marker.span);
  }

  const code = model.actionLines.find((a) => a.span.start <= offset && offset <= a.span.end);
  if (code !== undefined) {
    const name = ACTION_LINES[code.number];
    const value =
      name !== undefined
        ? `**${code.code}**: ${name}\n\nWSIS action line (Geneva Plan of Action).`
        : `**${code.code}** is not a WSIS action line: they run from C1 to C${LAST_ACTION_LINE}.`;
    return markdown(value, model, code.span);
  }

  const sessions = [model.cover.session, model.cover.input?.session].filter((s): s is SessionOrdinal => s !== undefined);
  const session = sessions.find((s) => s.span.start <= offset && offset <= s.span.end);
  if (session !== undefined && session.value !== undefined) {
    const year = sessionYear(session.value);
    return markdown(
      `**${ordinalDigits(session.value)} session** of the CSTD: held in ${year}. Its submissions report on efforts in ${year - 1}.`,
      model,
      session.span,
    );
  }
  return null;
}
