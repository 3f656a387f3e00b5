import { AlignmentType, LevelFormat, type INumberingOptions, type IStylesOptions } from 'docx';

/**
 * The look of an exported submission: A4, one-inch margins, Times New Roman 12 pt, black bold
 * headings, 10 pt footnotes; the published submissions look like this.
 */
export const FONT = 'Times New Roman';
export const CODE_FONT = 'Courier New';

/** A4 in twentieths of a point, and one-inch margins. */
export const PAGE = { width: 11906, height: 16838, margin: 1440 } as const;

export const STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: 24 },
      paragraph: { spacing: { after: 160, line: 259 } },
    },
    heading1: {
      run: { font: FONT, size: 26, bold: true, color: '000000' },
      paragraph: { spacing: { before: 360, after: 160 }, keepNext: true, keepLines: true },
    },
    heading2: {
      run: { font: FONT, size: 24, bold: true, color: '000000' },
      paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true },
    },
    heading3: {
      run: { font: FONT, size: 24, bold: true, italics: true, color: '000000' },
      paragraph: { spacing: { before: 200, after: 120 }, keepNext: true, keepLines: true },
    },
  },
  paragraphStyles: [
    {
      id: 'FootnoteText',
      name: 'footnote text',
      basedOn: 'Normal',
      run: { font: FONT, size: 20 },
      paragraph: { spacing: { after: 0, line: 240 } },
    },
  ],
};

const BULLETS = ['\u2022', '\u25E6', '\u25AA', '\u2022'];

function levels(format: (typeof LevelFormat)[keyof typeof LevelFormat], start: number): INumberingOptions['config'][number]['levels'] {
  return BULLETS.map((bullet, level) => ({
    level,
    format,
    text: format === LevelFormat.BULLET ? bullet : `%${level + 1}.`,
    start: level === 0 ? start : 1,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }));
}

/** One bullet list definition, and one numbered list definition per starting number used. */
export function numbering(starts: Iterable<number>): INumberingOptions {
  const config: INumberingOptions['config'][number][] = [{ reference: 'bullets', levels: levels(LevelFormat.BULLET, 1) }];
  for (const start of new Set(starts)) config.push({ reference: numberedReference(start), levels: levels(LevelFormat.DECIMAL, start) });
  return { config };
}

export function numberedReference(start: number): string {
  return `numbers-${start}`;
}
