// A PDF sent as data (VS Code for the Web) is told by its first bytes, as a file on disk is.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isPdfData } from '../../server/src/engine/file-text';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('isPdfData', () => {
  it('finds %PDF- at the start or after up to 1 KB of junk, as PDF readers allow', () => {
    assert.ok(isPdfData(bytes('%PDF-1.7\n%âãÏÓ\n')));
    assert.ok(isPdfData(bytes(`${'x'.repeat(1019)}%PDF-1.4`)));
  });

  it('not beyond the first 1 KB, not a .docx (a zip), not a near miss, not nothing', () => {
    assert.ok(!isPdfData(bytes(`${'x'.repeat(1020)}%PDF-1.4`)));
    assert.ok(!isPdfData(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])));
    assert.ok(!isPdfData(bytes('%PDF')));
    assert.ok(!isPdfData(bytes('%pdf-1.4')));
    assert.ok(!isPdfData(new Uint8Array()));
  });
});
