var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var attempt_signals_exports = {};
__export(attempt_signals_exports, {
  AttemptSignal: () => AttemptSignal,
  AttemptSignals: () => AttemptSignals
});
module.exports = __toCommonJS(attempt_signals_exports);
const MAX_TIMER_MS = 2 ** 31 - 1;
const MAX_USES = 16;
class AttemptSignal {
  #controller = new AbortController();
  #timedOut = false;
  #followed;
  // Created once per controller, not per attempt.
  #onCallerAbort = () => this.#controller.abort(this.#followed?.reason);
  uses = 0;
  deadline = 0;
  list;
  previous;
  next;
  get signal() {
    return this.#controller.signal;
  }
  /** True once the timeout, not the caller, aborted the attempt. */
  get timedOut() {
    return this.#timedOut;
  }
  timeOut() {
    this.#timedOut = true;
    this.#controller.abort();
  }
  follow(callerSignal) {
    this.#followed = callerSignal;
    callerSignal?.addEventListener("abort", this.#onCallerAbort, { once: true });
  }
  /** Stops following the caller's signal, so that a long-lived one does not collect listeners. */
  unfollow() {
    this.#followed?.removeEventListener("abort", this.#onCallerAbort);
    this.#followed = void 0;
  }
}
class AttemptSignals {
  #idle = [];
  #lists = /* @__PURE__ */ new Map();
  #timer;
  #timerAt = Infinity;
  /** A signal for an attempt that starts now, aborted after `timeout` ms or when `callerSignal` aborts. */
  take(timeout, callerSignal) {
    const attempt = this.#idle.pop() ?? new AttemptSignal();
    attempt.uses++;
    if (timeout <= MAX_TIMER_MS) this.#watch(attempt, timeout);
    attempt.follow(callerSignal);
    return attempt;
  }
  /** Ends the attempt: its timeout no longer applies, and its signal may serve another. */
  release(attempt) {
    this.#unwatch(attempt);
    attempt.unfollow();
    if (!attempt.signal.aborted && attempt.uses < MAX_USES) this.#idle.push(attempt);
  }
  #watch(attempt, timeout) {
    let list = this.#lists.get(timeout);
    if (list === void 0)
      this.#lists.set(timeout, list = { first: void 0, last: void 0 });
    attempt.deadline = performance.now() + timeout;
    attempt.list = list;
    attempt.previous = list.last;
    attempt.next = void 0;
    if (list.last) list.last.next = attempt;
    else list.first = attempt;
    list.last = attempt;
    if (attempt.deadline < this.#timerAt) this.#arm(attempt.deadline);
  }
  #unwatch(attempt) {
    const list = attempt.list;
    if (list === void 0) return;
    if (attempt.previous) attempt.previous.next = attempt.next;
    else list.first = attempt.next;
    if (attempt.next) attempt.next.previous = attempt.previous;
    else list.last = attempt.previous;
    attempt.list = attempt.previous = attempt.next = void 0;
  }
  #arm(at) {
    if (this.#timer !== void 0) clearTimeout(this.#timer);
    this.#timerAt = at;
    this.#timer = setTimeout(this.#fire, Math.max(0, at - performance.now()));
    this.#timer.unref?.();
  }
  #fire = () => {
    this.#timer = void 0;
    this.#timerAt = Infinity;
    const now = performance.now();
    let next = Infinity;
    for (const [timeout, list] of this.#lists) {
      for (let first = list.first; first !== void 0 && first.deadline <= now; first = list.first) {
        this.#unwatch(first);
        first.timeOut();
      }
      if (list.first) next = Math.min(next, list.first.deadline);
      else this.#lists.delete(timeout);
    }
    if (next !== Infinity) this.#arm(next);
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  AttemptSignal,
  AttemptSignals
});
