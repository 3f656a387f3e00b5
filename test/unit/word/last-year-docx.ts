// Last year's submission as a person's Word document, for the tests of what an import reports:
// the cover as bold paragraphs (last year's session and dates), a picture, a paragraph.
import { Document, ImageRun, Packer, Paragraph, TextRun } from 'docx';

/** A 1x1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

export async function lastYearsDocx(): Promise<Uint8Array> {
  const bold = (text: string): Paragraph => new Paragraph({ children: [new TextRun({ text, bold: true })] });
  const doc = new Document({
    sections: [
      {
        children: [
          bold('COMMISSION ON SCIENCE AND TECHNOLOGY FOR DEVELOPMENT (CSTD)'),
          bold('Twenty-ninth session'),
          bold('Geneva, 20 to 24 April 2026'),
          new Paragraph({ children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 20, height: 20 } })] }),
          new Paragraph('Our work this year went on.'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
