// Main-thread stalls, split into the thread's own work and its wait for a CPU. On a shared
// 2-core machine the event loop's delay is mostly the scheduler's: measured here, stalls of
// 30-60 ms in which the main thread ran for well under a millisecond and waited in the run queue
// for the rest. Linux's /proc/<pid>/task/<tid>/schedstat says, per thread, how long it ran and
// how long it waited runnable; sampling it every millisecond tells the two apart.
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface Stall {
  /** How long the event loop did not turn, ms. */
  length: number;
  /** Of which the main thread was running (our work, or the garbage collector), ms. */
  ran: number;
  /** Of which it was runnable but waiting for a CPU (other processes), ms. */
  waited: number;
}

const STALL_MS = 16;

/** The main thread's [ran, waited] in ns, or null where /proc is not there. */
function schedstat(): [number, number] | null {
  try {
    const [ran, waited] = readFileSync(`/proc/${process.pid}/task/${process.pid}/schedstat`, 'utf8').split(' ').map(Number);
    return [ran!, waited!];
  } catch {
    return null;
  }
}

/** ms every other thread of this process (the search worker, libuv's file threads, V8's helpers) has run. */
function otherThreadsRan(): number {
  let ns = 0;
  try {
    for (const tid of readdirSync(`/proc/${process.pid}/task`)) {
      if (tid === String(process.pid)) continue;
      try {
        ns += Number(readFileSync(`/proc/${process.pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
      } catch {
        // the thread ended meanwhile
      }
    }
  } catch {
    return NaN;
  }
  return ns / 1e6;
}

/** Samples the event loop every millisecond until `stop()`, which returns the stalls over 16 ms. */
export function watchStalls(): { stop(): { stalls: Stall[]; ran: number; waited: number; othersRan: number; available: boolean } } {
  const first = schedstat();
  const othersFirst = otherThreadsRan();
  let lastAt = performance.now();
  let last = first;
  const stalls: Stall[] = [];
  const timer = setInterval(() => {
    const at = performance.now();
    const now = schedstat();
    if (at - lastAt > STALL_MS) {
      stalls.push({ length: at - lastAt, ran: now && last ? (now[0] - last[0]) / 1e6 : NaN, waited: now && last ? (now[1] - last[1]) / 1e6 : NaN });
    }
    lastAt = at;
    last = now;
  }, 1);
  return {
    stop() {
      clearInterval(timer);
      const end = schedstat();
      return {
        stalls,
        ran: first && end ? (end[0] - first[0]) / 1e6 : NaN,
        waited: first && end ? (end[1] - first[1]) / 1e6 : NaN,
        // Threads that ended meanwhile are not counted: a lower bound.
        othersRan: otherThreadsRan() - othersFirst,
        available: first !== null,
      };
    },
  };
}
