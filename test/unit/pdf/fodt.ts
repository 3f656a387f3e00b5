// Flat OpenDocument text (.fodt) written from a draft, for LibreOffice to lay out as PDFs unlike
// our own export's: another font and size, justified text, a running header, page numbers in the
// footer, footnotes in two sizes, bullets. The PDF import must read these too.
import type { Inline } from '../../../server/src/word/inline-markdown';
import { readDraft } from '../../../server/src/word/read-draft';

export interface FodtLayout {
  font: string;
  /** Body size in points. */
  size: number;
  justify: boolean;
  /** A running header on every page. */
  header?: string;
  /** The footer: the page number as `3`, `- 3 -` or `Page 3 of 4`. */
  pageNumbers?: 'plain' | 'dashes' | 'page-of';
  /** Footnote text sizes, taken in turn (two sizes: every other note smaller). */
  footnoteSizes: number[];
  /** Headings' size (bold); the body size when not given. */
  headingSize?: number;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function draftToFodt(markdown: string, layout: FodtLayout): string {
  const draft = readDraft(markdown);
  let noteCount = 0;
  const inline = (items: readonly Inline[]): string =>
    items
      .map((i) => {
        if (i.kind === 'text') {
          const style = i.style.sup === true ? 'Sup' : i.style.bold === true ? 'Bold' : i.style.italic === true ? 'Italic' : undefined;
          return style === undefined ? esc(i.text) : `<text:span text:style-name="${style}">${esc(i.text)}</text:span>`;
        }
        if (i.kind === 'link') return inline(i.children);
        if (i.kind === 'break') return '<text:line-break/>';
        if (i.kind === 'soft') return ' ';
        const n = ++noteCount;
        const size = layout.footnoteSizes[(n - 1) % layout.footnoteSizes.length];
        return `<text:note text:id="ftn${n}" text:note-class="footnote"><text:note-citation>${n}</text:note-citation><text:note-body><text:p text:style-name="Note${size}">${inline(draft.footnotes[i.id - 1] ?? [])}</text:p></text:note-body></text:note>`;
      })
      .join('');
  const body: string[] = [];
  let inList = false;
  for (const b of draft.blocks) {
    if (b.kind !== 'list-item' && inList) {
      body.push('</text:list>');
      inList = false;
    }
    if (b.kind === 'cover') body.push(`<text:p text:style-name="Cover">${inline(b.inlines)}</text:p>`);
    else if (b.kind === 'heading') body.push(`<text:p text:style-name="Heading">${inline(b.inlines)}</text:p>`);
    else if (b.kind === 'list-item') {
      if (!inList) body.push('<text:list text:style-name="Bullets">');
      inList = true;
      body.push(`<text:list-item><text:p text:style-name="Body">${inline(b.inlines)}</text:p></text:list-item>`);
    } else if (b.kind === 'paragraph' || b.kind === 'quote') body.push(`<text:p text:style-name="Body">${inline(b.inlines)}</text:p>`);
    else if (b.kind === 'table') for (const row of b.rows) body.push(`<text:p text:style-name="Body">${row.map(inline).join(' ')}</text:p>`);
    else if (b.kind === 'code') body.push(`<text:p text:style-name="Body">${esc(b.text)}</text:p>`);
  }
  if (inList) body.push('</text:list>');
  const footer = {
    plain: '<text:page-number text:select-page="current"/>',
    dashes: '- <text:page-number text:select-page="current"/> -',
    'page-of': 'Page <text:page-number text:select-page="current"/> of <text:page-count/>',
  };
  const font = `fo:font-family="${layout.font}"`;
  const noteStyles = [...new Set(layout.footnoteSizes)]
    .map((s) => `<style:style style:name="Note${s}" style:family="paragraph"><style:text-properties ${font} fo:font-size="${s}pt"/></style:style>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.25cm" fo:text-align="${layout.justify ? 'justify' : 'start'}"/><style:text-properties ${font} fo:font-size="${layout.size}pt"/></style:style>
<style:style style:name="Cover" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm" fo:text-align="center"/><style:text-properties ${font} fo:font-size="${layout.size}pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/><style:text-properties ${font} fo:font-size="${layout.headingSize ?? layout.size}pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Running" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties ${font} fo:font-size="${Math.max(7, layout.size - 2)}pt" fo:font-style="italic"/></style:style>
${noteStyles}
<style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Italic" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="Sup" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>
<text:list-style style:name="Bullets"><text:list-level-style-bullet text:level="1" text:bullet-char="\u2022"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1cm" fo:text-indent="-0.5cm" fo:margin-left="1cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="Page"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/><style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="Page">${layout.header !== undefined ? `<style:header><text:p text:style-name="Running">${esc(layout.header)}</text:p></style:header>` : ''}${layout.pageNumbers !== undefined ? `<style:footer><text:p text:style-name="Running">${footer[layout.pageNumbers]}</text:p></style:footer>` : ''}</style:master-page>
</office:master-styles>
<office:body><office:text>
${body.join('\n')}
</office:text></office:body>
</office:document>
`;
}
