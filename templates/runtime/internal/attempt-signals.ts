/** Longer delays overflow `setTimeout`, which would then fire at once; such a timeout is never reached. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * How many attempts one controller serves. `fetch` leaves a listener on the signal it was given
 * until the request is garbage-collected; a few reuses cut the cost of signals, many would pile
 * those listeners up.
 */
const MAX_USES = 16;

/** The attempts in flight that share one timeout, oldest first: so also soonest deadline first. */
interface TimeoutList {
  first: AttemptSignal | undefined;
  last: AttemptSignal | undefined;
}

/**
 * The signal one request attempt hands to `fetch`, aborted when the attempt's timeout passes or
 * the caller's own signal aborts. Get one from {@link AttemptSignals#take}; it is a node of its
 * timeout's list while it is in flight.
 */
export class AttemptSignal {
  readonly #controller = new AbortController();
  #timedOut = false;
  #followed: AbortSignal | undefined;
  // Created once per controller, not per attempt.
  readonly #onCallerAbort = () => this.#controller.abort(this.#followed?.reason);
  uses = 0;
  deadline = 0;
  list: TimeoutList | undefined;
  previous: AttemptSignal | undefined;
  next: AttemptSignal | undefined;

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** True once the timeout, not the caller, aborted the attempt. */
  get timedOut(): boolean {
    return this.#timedOut;
  }

  timeOut(): void {
    this.#timedOut = true;
    this.#controller.abort();
  }

  follow(callerSignal: AbortSignal | undefined): void {
    this.#followed = callerSignal;
    callerSignal?.addEventListener('abort', this.#onCallerAbort, { once: true });
  }

  /** Stops following the caller's signal, so that a long-lived one does not collect listeners. */
  unfollow(): void {
    this.#followed?.removeEventListener('abort', this.#onCallerAbort);
    this.#followed = undefined;
  }
}

/**
 * The abort signals a client's request attempts hand to `fetch`, and the one timer that times
 * them out.
 *
 * Why not `AbortSignal.timeout` per attempt (or a controller and a `setTimeout` each): a signal
 * handed to `fetch` costs more than all the rest of a fast request's own work. Node's `fetch`
 * follows it with a WeakRef, a FinalizationRegistry entry and an `abort` listener;
 * `AbortSignal.timeout` adds a timer that stays alive for the whole timeout however fast the
 * response (and `AbortSignal.any`, for a caller's signal, more again); and a `setTimeout` and
 * `clearTimeout` per request, each one creating and dropping the timer list of its delay, cost
 * microseconds too. So:
 *
 * - a controller whose attempt ended without aborting it serves later attempts: never two at
 *   once, and at most {@link MAX_USES} in all;
 * - attempts in flight wait in one list per timeout value, in the order they started, which is
 *   also the order of their deadlines; ending one unlinks it. One timer, armed for the soonest
 *   deadline, aborts what is due and re-arms itself for the next. It is not cleared when an
 *   attempt ends: it fires at most once per timeout for nothing, and it is `unref`ed, so that it
 *   never keeps a process alive (a request in flight does that through its connection).
 */
export class AttemptSignals {
  readonly #idle: AttemptSignal[] = [];
  readonly #lists = new Map<number, TimeoutList>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #timerAt = Infinity;

  /** A signal for an attempt that starts now, aborted after `timeout` ms or when `callerSignal` aborts. */
  take(timeout: number, callerSignal: AbortSignal | undefined): AttemptSignal {
    // An idle signal has never been aborted: one that was is dropped, not put back.
    const attempt = this.#idle.pop() ?? new AttemptSignal();
    attempt.uses++;
    if (timeout <= MAX_TIMER_MS) this.#watch(attempt, timeout);
    attempt.follow(callerSignal);
    return attempt;
  }

  /** Ends the attempt: its timeout no longer applies, and its signal may serve another. */
  release(attempt: AttemptSignal): void {
    this.#unwatch(attempt);
    attempt.unfollow();
    if (!attempt.signal.aborted && attempt.uses < MAX_USES) this.#idle.push(attempt);
  }

  #watch(attempt: AttemptSignal, timeout: number): void {
    let list = this.#lists.get(timeout);
    if (list === undefined)
      this.#lists.set(timeout, (list = { first: undefined, last: undefined }));
    attempt.deadline = performance.now() + timeout;
    attempt.list = list;
    attempt.previous = list.last;
    attempt.next = undefined;
    if (list.last) list.last.next = attempt;
    else list.first = attempt;
    list.last = attempt;
    if (attempt.deadline < this.#timerAt) this.#arm(attempt.deadline);
  }

  #unwatch(attempt: AttemptSignal): void {
    const list = attempt.list;
    if (list === undefined) return;
    if (attempt.previous) attempt.previous.next = attempt.next;
    else list.first = attempt.next;
    if (attempt.next) attempt.next.previous = attempt.previous;
    else list.last = attempt.previous;
    attempt.list = attempt.previous = attempt.next = undefined;
  }

  #arm(at: number): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timerAt = at;
    this.#timer = setTimeout(this.#fire, Math.max(0, at - performance.now()));
    (this.#timer as { unref?: () => void }).unref?.();
  }

  readonly #fire = (): void => {
    this.#timer = undefined;
    this.#timerAt = Infinity;
    const now = performance.now();
    let next = Infinity;
    for (const [timeout, list] of this.#lists) {
      for (
        let first = list.first;
        first !== undefined && first.deadline <= now;
        first = list.first
      ) {
        this.#unwatch(first);
        first.timeOut();
      }
      if (list.first) next = Math.min(next, list.first.deadline);
      else this.#lists.delete(timeout);
    }
    if (next !== Infinity) this.#arm(next);
  };
}
