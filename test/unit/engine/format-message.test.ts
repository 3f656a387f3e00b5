// formatMessage (engine/messages/catalogue.ts): placeholders filled from the arguments given, numbers
// written the locale's way, a placeholder with no argument left as written, and a value never
// read as a template itself.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatMessage } from '../../../server/src/engine';

describe('formatMessage', () => {
  it('a placeholder with no argument stays as written, in every locale', () => {
    for (const locale of ['en', 'fr', 'es'] as const) {
      const message = formatMessage(locale, 'cover-submitter.missing');
      assert.match(message, /\{label\}/, `${locale}: ${message}`);
    }
  });
  it('a value that looks like a placeholder is inserted as given', () => {
    assert.match(formatMessage('en', 'cover-submitter.missing', { label: '{label}' }), /\{label\}/);
    assert.doesNotMatch(formatMessage('en', 'cover-submitter.missing', { label: 'Submitted by' }), /\{label\}/);
  });
  it('an argument inherited from Object.prototype is no argument', () => {
    // Only the arguments' own properties fill placeholders, not what their prototype holds.
    const args = Object.create({ label: 'inherited' }) as Record<string, string>;
    assert.match(formatMessage('en', 'cover-submitter.missing', args), /\{label\}/);
  });
});
