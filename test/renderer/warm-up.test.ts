// The workers' extra passes after opening: a fixed number, none once real work waits, none after a
// pass fails, none after stop.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { warmUp } from '../../renderer/workers/warm-up';

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('warmUp', () => {
  it('runs the pass three times, after the first answer has gone out', () => {
    const pass = vi.fn();
    warmUp(pass, () => false);
    expect(pass).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(pass).toHaveBeenCalledTimes(3);
  });

  it('stops for good once real work is waiting', () => {
    let busy = false;
    const pass = vi.fn(() => void (busy = true));
    warmUp(pass, () => busy);
    vi.runAllTimers();
    expect(pass).toHaveBeenCalledTimes(1);
  });

  it('stops after a pass throws, and when stopped', () => {
    const failing = vi.fn(() => {
      throw new Error('bad text');
    });
    warmUp(failing, () => false);
    vi.runAllTimers();
    expect(failing).toHaveBeenCalledTimes(1);
    const pass = vi.fn();
    warmUp(pass, () => false)();
    vi.runAllTimers();
    expect(pass).not.toHaveBeenCalled();
  });
});
