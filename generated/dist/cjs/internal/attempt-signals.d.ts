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
export declare class AttemptSignal {
    #private;
    uses: number;
    deadline: number;
    list: TimeoutList | undefined;
    previous: AttemptSignal | undefined;
    next: AttemptSignal | undefined;
    get signal(): AbortSignal;
    /** True once the timeout, not the caller, aborted the attempt. */
    get timedOut(): boolean;
    timeOut(): void;
    follow(callerSignal: AbortSignal | undefined): void;
    /** Stops following the caller's signal, so that a long-lived one does not collect listeners. */
    unfollow(): void;
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
export declare class AttemptSignals {
    #private;
    /** A signal for an attempt that starts now, aborted after `timeout` ms or when `callerSignal` aborts. */
    take(timeout: number, callerSignal: AbortSignal | undefined): AttemptSignal;
    /** Ends the attempt: its timeout no longer applies, and its signal may serve another. */
    release(attempt: AttemptSignal): void;
}
export {};
