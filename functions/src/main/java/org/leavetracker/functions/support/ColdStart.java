package org.leavetracker.functions.support;

import java.util.function.Supplier;

/**
 * What a handler wires once per execution environment: Lambda keeps static state between invocations (and SnapStart
 * snapshots it), so the wiring runs on the first use and never again.
 */
public final class ColdStart<T> {

    private final Supplier<T> wiring;
    private volatile T wired;

    public ColdStart(Supplier<T> wiring) {
        this.wiring = wiring;
    }

    public T get() {
        T result = wired;
        if (result == null) {
            synchronized (this) {
                if (wired == null) {
                    wired = wiring.get();
                }
                result = wired;
            }
        }
        return result;
    }
}
