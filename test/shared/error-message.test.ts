import { describe, expect, it } from 'vitest';
import { StudioError } from '../../shared/contracts/ipc/studio-error';
import { errorMessage } from '../../shared/core/error-message';

describe('errorMessage', () => {
  it('gives the message of an Error, not its name or stack', () => {
    expect(errorMessage(new TypeError('The folder is not a connector.'))).toBe('The folder is not a connector.');
  });

  it('gives the message of an Error subclass such as StudioError, without its code', () => {
    expect(errorMessage(new StudioError('not-found', 'No apiDefinition.swagger.json in /tmp/x.'))).toBe(
      'No apiDefinition.swagger.json in /tmp/x.',
    );
  });

  it('gives anything else thrown as text', () => {
    expect(errorMessage('The keychain is locked.')).toBe('The keychain is locked.');
    expect(errorMessage(42)).toBe('42');
    expect(errorMessage(undefined)).toBe('undefined');
    expect(errorMessage(null)).toBe('null');
    expect(errorMessage({ code: 'EPERM' })).toBe('[object Object]');
  });

  it('gives an empty message as empty, not as the error name', () => {
    expect(errorMessage(new Error())).toBe('');
  });
});
