/**
 * Runs Pointwise's page work in short slices so that no task of ours comes near 50 ms, and records
 * each slice as a `pointwise:scan` measure (contracts.md §6).
 *
 * Work is a queue of iterators: each `next()` does one small step (a block, a few hundred nodes of a
 * walk) and the runner keeps stepping until its time budget is spent, then yields to the page
 * through a message-channel tick (no 4 ms timer clamping), so input and rendering go first.
 */
import { insideWork } from '../shared/timing';

/** Time one slice may take before yielding. Far below 50 ms, leaving room for a slow step. */
export const SLICE_BUDGET_MS = 8;

/**
 * What a job yields to step aside until `park` settles (an answer it waits for): the other jobs run
 * meanwhile, and the job goes on first thing once it settled.
 */
export interface Park {
  park: Promise<unknown>;
}

/** Whether a job's step asked to park. */
export function isPark(value: unknown): value is Park {
  return typeof value === 'object' && value !== null && 'park' in value;
}

export interface SliceStats {
  claims: number;
  chars: number;
}

export interface Scheduler {
  /** Queue a job; its steps run in order after those already queued (or first, with `urgent`). */
  push(job: Iterator<unknown>, urgent?: boolean): void;
  /** Whether any job is queued, running or parked. */
  readonly busy: boolean;
  /** Counters the current slice's steps add to; reset for every slice. */
  readonly stats: SliceStats;
  /** Drop every queued job. */
  clear(): void;
  /** Run no step until `until` settles (the jobs stay queued). */
  holdUntil(until: Promise<unknown>): void;
}

export interface SchedulerOptions {
  signal: AbortSignal;
  /** Called after each slice with its timing and what it did. */
  onSlice?: (start: number, end: number, stats: SliceStats) => void;
  /** Called when the queue runs dry (no job queued or parked). */
  onIdle?: () => void;
  /** Called when a step throws; the job is dropped and the rest go on. */
  onError?: (error: unknown) => void;
  now?: () => number;
}

export function createScheduler(options: SchedulerOptions): Scheduler {
  const { signal, onSlice, onIdle, onError } = options;
  const now = options.now ?? (() => performance.now());
  const jobs: Array<Iterator<unknown>> = [];
  const stats: SliceStats = { claims: 0, chars: 0 };
  let scheduled = false;
  let running = false;
  let held = 0;
  let parked = 0;
  /** Bumped by clear(): a parked job of an earlier generation is dropped when it comes back. */
  let generation = 0;

  let tick: () => void;
  if (typeof MessageChannel === 'function') {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => run();
    tick = () => channel.port2.postMessage(null);
    signal.addEventListener('abort', () => channel.port1.close(), { once: true });
  } else {
    tick = () => setTimeout(run, 0);
  }

  function schedule(): void {
    if (scheduled || held > 0 || signal.aborted) return;
    scheduled = true;
    tick();
  }

  function run(): void {
    scheduled = false;
    if (signal.aborted || held > 0) return;
    running = true;
    stats.claims = 0;
    stats.chars = 0;
    const start = now();
    const deadline = start + SLICE_BUDGET_MS;
    try {
      insideWork(() => {
        while (jobs.length > 0 && held === 0 && now() < deadline) {
          const job = jobs[0]!;
          let done: boolean | undefined;
          let park: Promise<unknown> | undefined;
          try {
            const r = job.next();
            done = r.done;
            if (!done && isPark(r.value)) park = r.value.park;
          } catch (error) {
            done = true;
            onError?.(error);
          }
          if ((done || park) && jobs[0] === job) jobs.shift();
          if (park) parkJob(job, park);
        }
      });
    } finally {
      running = false;
      onSlice?.(start, now(), { ...stats });
    }
    if (jobs.length > 0) schedule();
    else if (parked === 0) onIdle?.();
  }

  function parkJob(job: Iterator<unknown>, until: Promise<unknown>): void {
    parked += 1;
    const of = generation;
    const back = () => {
      parked -= 1;
      if (signal.aborted) return;
      if (of === generation) jobs.unshift(job);
      if (jobs.length > 0) schedule();
      else if (parked === 0 && !running) onIdle?.();
    };
    until.then(back, back);
  }

  return {
    push(job, urgent = false) {
      if (signal.aborted) return;
      if (urgent) jobs.unshift(job);
      else jobs.push(job);
      schedule();
    },
    get busy() {
      return running || jobs.length > 0 || parked > 0;
    },
    stats,
    clear() {
      jobs.length = 0;
      generation += 1;
    },
    holdUntil(until) {
      held += 1;
      const release = () => {
        held -= 1;
        if (held === 0 && jobs.length > 0) schedule();
      };
      until.then(release, release);
    },
  };
}
