package org.leavetracker.domain.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.leavetracker.domain.error.ValidationError;

/** An amount of leave, held exactly as a whole number of half days (so no rounding ever creeps in). */
public record Days(long halves) implements Comparable<Days> {

    public static final Days ZERO = new Days(0);
    public static final Days HALF = new Days(1);
    public static final Days ONE = new Days(2);

    public static Days ofHalves(long halves) {
        return new Days(halves);
    }

    public static Days of(long wholeDays) {
        return new Days(wholeDays * 2);
    }

    /** Reads a client's decimal amount; refuses anything that is not a multiple of 0.5. */
    public static Days ofDecimal(double value, String field) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw ValidationError.at(field, field + " must be a number of days, got " + value);
        }
        double doubled = value * 2;
        if (doubled != Math.rint(doubled) || Math.abs(doubled) > 1_000_000) {
            throw ValidationError.broke(field, "halfDays", field + " must be a multiple of 0.5 days, got " + value,
                    java.util.Map.of());
        }
        return new Days((long) doubled);
    }

    public Days plus(Days other) {
        return new Days(halves + other.halves);
    }

    public Days minus(Days other) {
        return new Days(halves - other.halves);
    }

    public Days negate() {
        return new Days(-halves);
    }

    public Days min(Days other) {
        return halves <= other.halves ? this : other;
    }

    public Days max(Days other) {
        return halves >= other.halves ? this : other;
    }

    public boolean isZero() {
        return halves == 0;
    }

    public boolean isNegative() {
        return halves < 0;
    }

    public boolean isGreaterThan(Days other) {
        return halves > other.halves;
    }

    public double toDouble() {
        return halves / 2.0;
    }

    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(halves).divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY).stripTrailingZeros();
    }

    @Override
    public int compareTo(Days other) {
        return Long.compare(halves, other.halves);
    }

    @Override
    public String toString() {
        return toDecimal().toPlainString();
    }
}
