/**
 * The scheduler that runs Pointwise's page work in slices (src/annotate/scheduler.ts): jobs step in
 * order, a throwing job is dropped and the rest go on, a hold keeps every step waiting, and a job
 * waiting for an answer parks while the others run.
 */
import { describe, expect, test } from 'vitest';
import { createScheduler } from '../../src/annotate/scheduler';

/** Resolves once the scheduler reports its queue empty. */
function idle(): { promise: Promise<void>; onIdle: () => void } {
  let onIdle!: () => void;
  const promise = new Promise<void>((resolve) => (onIdle = resolve));
  return { promise, onIdle };
}

function* job(log: string[], name: string, steps: number): Generator<void> {
  for (let i = 0; i < steps; i++) {
    log.push(`${name}${i}`);
    yield;
  }
}

describe('createScheduler', () => {
  test('runs queued jobs in order, an urgent one first', async () => {
    const log: string[] = [];
    const done = idle();
    const s = createScheduler({ signal: new AbortController().signal, onIdle: done.onIdle });
    s.push(job(log, 'a', 2));
    s.push(job(log, 'b', 2));
    s.push(job(log, 'u', 1), true);
    await done.promise;
    expect(log).toEqual(['u0', 'a0', 'a1', 'b0', 'b1']);
    expect(s.busy).toBe(false);
  });

  test('drops a job that throws and goes on with the others', async () => {
    const log: string[] = [];
    const errors: unknown[] = [];
    const done = idle();
    const s = createScheduler({
      signal: new AbortController().signal,
      onIdle: done.onIdle,
      onError: (e) => errors.push(e),
    });
    s.push(
      (function* () {
        log.push('x0');
        yield;
        throw new Error('boom');
      })(),
    );
    s.push(job(log, 'b', 1));
    await done.promise;
    expect(log).toEqual(['x0', 'b0']);
    expect(errors).toHaveLength(1);
  });

  test('a parked job steps aside for the others and goes on first once its wait settled', async () => {
    const log: string[] = [];
    let idleCalls = 0;
    const done = idle();
    const s = createScheduler({
      signal: new AbortController().signal,
      onIdle: () => {
        idleCalls++;
        done.onIdle();
      },
    });
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    s.push(
      (function* () {
        log.push('p0');
        yield { park: answered };
        log.push('p1');
      })(),
    );
    s.push(job(log, 'b', 2));
    s.push(job(log, 'c', 60));
    await new Promise((resolve) => setTimeout(resolve, 20));
    // b ran past the parked job; the queue may still be busy with c, and is never idle before p.
    expect(log.slice(0, 3)).toEqual(['p0', 'b0', 'b1']);
    expect(s.busy).toBe(true);
    expect(idleCalls).toBe(0);
    answer();
    await done.promise;
    expect(log).toContain('p1');
    expect(log.filter((x) => x.startsWith('c'))).toHaveLength(60);
    expect(idleCalls).toBe(1);
    expect(s.busy).toBe(false);
  });

  test('a job parked before clear() does not come back', async () => {
    const log: string[] = [];
    const done = idle();
    const s = createScheduler({ signal: new AbortController().signal, onIdle: done.onIdle });
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    s.push(
      (function* () {
        yield { park: answered };
        log.push('old');
      })(),
    );
    await new Promise((resolve) => setTimeout(resolve, 5));
    s.clear();
    s.push(job(log, 'new', 1));
    answer();
    await done.promise;
    expect(log).toEqual(['new0']);
  });

  test('a hold keeps every step waiting until it settles, then the queue runs', async () => {
    const log: string[] = [];
    const done = idle();
    const s = createScheduler({ signal: new AbortController().signal, onIdle: done.onIdle });
    let release!: () => void;
    s.holdUntil(new Promise<void>((resolve) => (release = resolve)));
    s.push(job(log, 'a', 2));
    await new Promise((r) => setTimeout(r, 20));
    expect(log).toEqual([]);
    expect(s.busy).toBe(true);
    release();
    await done.promise;
    expect(log).toEqual(['a0', 'a1']);
  });

  test('a hold taken by a step stops the slice it was taken in', async () => {
    const log: string[] = [];
    const done = idle();
    const s = createScheduler({ signal: new AbortController().signal, onIdle: done.onIdle });
    let release!: () => void;
    s.push(
      (function* () {
        log.push('step0');
        // As a flush from inside a step does: the page's style is stale from here on.
        s.holdUntil(new Promise<void>((resolve) => (release = resolve)));
        yield;
        log.push('step1');
      })(),
    );
    await new Promise((r) => setTimeout(r, 20));
    expect(log).toEqual(['step0']);
    release();
    await done.promise;
    expect(log).toEqual(['step0', 'step1']);
  });

  test('a hold that fails releases too', async () => {
    const log: string[] = [];
    const done = idle();
    const s = createScheduler({ signal: new AbortController().signal, onIdle: done.onIdle });
    s.holdUntil(Promise.reject(new Error('no frame')));
    s.push(job(log, 'a', 1));
    await done.promise;
    expect(log).toEqual(['a0']);
  });
});
