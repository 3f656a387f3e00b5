// PDFs written by hand, byte for byte, for the PDF import's tests that need no LibreOffice: text
// set where the test says (Helvetica, regular or bold, any size), pages with no text (a scan),
// and as many pages as wanted.
export interface TextRun {
  x: number;
  y: number;
  size: number;
  text: string;
  bold?: boolean;
  /** A raised mark right after the text (7 pt, 4 pt up), and text after it. */
  sup?: string;
  after?: string;
}

export interface HandPage {
  runs: TextRun[];
  /** A filled rectangle: a page that draws but has no text. */
  drawing?: boolean;
}

/** A PDF string in WinAnsiEncoding (the bullet is 0x95 there). */
const esc = (s: string): string => s.replace(/[\\()]/g, (c) => `\\${c}`).replace(/\u2022/g, '\\225');

export function makePdf(pages: readonly HandPage[]): Buffer {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add('');
  const tree = add('');
  const regular = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const bold = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const page of pages) {
    const ops = page.runs.map((r) => {
      const font = r.bold === true ? 'F2' : 'F1';
      const sup = r.sup !== undefined ? ` /F1 7 Tf 4 Ts (${esc(r.sup)}) Tj /${font} ${r.size} Tf 0 Ts (${esc(r.after ?? '')}) Tj` : '';
      return `BT /${font} ${r.size} Tf 1 0 0 1 ${r.x} ${r.y} Tm (${esc(r.text)}) Tj${sup} ET`;
    });
    if (page.drawing === true) ops.push('0.5 g 72 72 451 698 re f');
    const stream = ops.join('\n');
    const content = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent ${tree} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${regular} 0 R /F2 ${bold} 0 R >> >> /Contents ${content} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${tree} 0 R >>`;
  objects[tree - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
