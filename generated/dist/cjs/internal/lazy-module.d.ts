import type { APIPromise } from '../core/api-promise.js';
/** `APIPromise` or a subclass (`PagePromise`): what a method returns. */
export interface PromiseKind {
    after<M, P extends APIPromise<unknown>>(ready: Promise<M>, make: (ready: M) => P): P;
}
/**
 * A resource's operations module, imported by the first call that needs it, so that a
 * program loads the modules of the operations it calls and no others. Until the module has
 * loaded, a call returns a promise of the kind the method declares that waits for it;
 * afterwards calls go straight to the module's functions.
 */
export declare class LazyModule<M> {
    #private;
    private readonly load;
    constructor(load: () => Promise<M>);
    call<P extends APIPromise<unknown>>(kind: PromiseKind, operation: (module: M) => P): P;
}
