/**
 * The performance measures (src/shared/timing.ts, contracts.md §6): each chunk of our main-thread
 * work is one `pointwise:scan` measure, and a chunk measured inside another is not counted twice.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insideWork, measureWork, recordScan, setDiagnostics } from '../../src/shared/timing';

const scans = () => performance.getEntriesByName('pointwise:scan');

describe('pointwise:scan measures', () => {
  beforeEach(() => {
    performance.clearMeasures();
    setDiagnostics(true);
  });
  afterEach(() => setDiagnostics(false));

  it('records a chunk, with its counts', () => {
    recordScan(performance.now(), performance.now(), 3, 120);
    expect(scans()).toHaveLength(1);
    expect((scans()[0] as PerformanceMeasure).detail).toEqual({ claims: 3, chars: 120 });
  });

  it('records nothing while diagnostics are off', () => {
    setDiagnostics(false);
    recordScan(performance.now(), performance.now());
    measureWork(() => undefined);
    expect(scans()).toHaveLength(0);
  });

  it('drops a chunk recorded inside an outer one, which covers it', () => {
    const value = measureWork(() => {
      recordScan(performance.now(), performance.now());
      return measureWork(() => 7);
    });
    expect(value).toBe(7);
    expect(scans()).toHaveLength(1);
  });

  it('lets the caller of insideWork record the outer chunk itself, also when the inner work throws', () => {
    const start = performance.now();
    expect(() =>
      insideWork(() => {
        recordScan(performance.now(), performance.now());
        throw new Error('inner');
      }),
    ).toThrow('inner');
    recordScan(start, performance.now(), 1, 2);
    expect(scans()).toHaveLength(1);
    expect((scans()[0] as PerformanceMeasure).detail).toEqual({ claims: 1, chars: 2 });
  });
});
