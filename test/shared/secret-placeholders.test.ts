// Which clientSecret values are placeholders (kept byte for byte) and which look like real secrets
// (removed, with a warning): Microsoft's templates and accepted connectors carry phrases such as
// "Value-From-Your-App-Registration", which an import or export must not strip.
import { describe, expect, it } from 'vitest';
import { isPlaceholder } from '../../shared/engines/export';

describe('isPlaceholder', () => {
  it.each([
    'Value-From-Your-App-Registration',
    'YourClientSecret',
    'your-secret-123',
    'client-secret-here',
    'Client Secret',
    'my_secret_value',
    'Enter.Secret',
    'placeholder',
    'PasteTheSecretHere',
  ])('%j is a placeholder', (value) => {
    expect(isPlaceholder(value)).toBe(true);
  });

  it.each([
    'a8Q~x7ZP2m.VqL5r_tN0wE3kY9sD4fG6hJ1',
    'GOCSPX-1a2B3c4D5e6F7g8H9i0JkLmNoP',
    'sk_live_51HxQz2eZvKYlo2C0aBcDeFgHiJkLmN',
    'correct-horse-battery-staple',
    'hunter2',
    'ghp_16C7e42F292c6912E7710c838347Ae178B4a',
    'Abc_123_def',
  ])('%j looks like a real secret', (value) => {
    expect(isPlaceholder(value)).toBe(false);
  });
});
