package org.leavetracker.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Spans against a model of half-day slots (each date a morning and an afternoon): what a span covers, what it
 * counts, and whether two spans overlap, for single-date halves and half days at the ends alike.
 */
class LeaveSpanPropertiesTest {

    private static final LocalDate BASE = LocalDate.of(2026, 6, 1);

    @Provide
    Arbitrary<LeaveSpan> spans() {
        return Combinators.combine(Arbitraries.integers().between(0, 12), Arbitraries.integers().between(0, 5),
                Arbitraries.of(HalfDay.class), Arbitraries.of(HalfDay.NONE, HalfDay.AFTERNOON),
                Arbitraries.of(HalfDay.NONE, HalfDay.MORNING)).as((offset, length, half, start, end) -> {
                    DateRange dates = DateRange.of(BASE.plusDays(offset), BASE.plusDays(offset + length));
                    // as the rules admit them: a single date's half, or halves at the ends of several dates
                    return length == 0 ? new LeaveSpan(dates, half, EndHalves.NONE)
                            : new LeaveSpan(dates, HalfDay.NONE, new EndHalves(start, end));
                });
    }

    /** Slot 2·day for the morning, 2·day + 1 for the afternoon. */
    private static Set<Long> slots(LeaveSpan span) {
        Set<Long> slots = new HashSet<>();
        long first = span.dates().start().toEpochDay() * 2;
        long last = span.dates().end().toEpochDay() * 2 + 1;
        if (span.halfDay() == HalfDay.AFTERNOON || span.ends().start() == HalfDay.AFTERNOON) {
            first++;
        }
        if (span.halfDay() == HalfDay.MORNING || span.ends().end() == HalfDay.MORNING) {
            last--;
        }
        for (long slot = first; slot <= last; slot++) {
            slots.add(slot);
        }
        return slots;
    }

    @Property
    void a_span_counts_the_halves_it_covers(@ForAll("spans") LeaveSpan span) {
        long halves = span.dates().dates().mapToLong(span::halvesOn).sum();
        assertThat(halves).isEqualTo(slots(span).size());
        span.dates().dates().forEach(day -> {
            assertThat(span.coversMorning(day)).isEqualTo(slots(span).contains(day.toEpochDay() * 2));
            assertThat(span.coversAfternoon(day)).isEqualTo(slots(span).contains(day.toEpochDay() * 2 + 1));
        });
    }

    @Property
    void two_spans_overlap_exactly_when_they_share_a_half_day(@ForAll("spans") LeaveSpan a,
                                                              @ForAll("spans") LeaveSpan b) {
        Set<Long> shared = new HashSet<>(slots(a));
        shared.retainAll(slots(b));
        assertThat(a.overlaps(b)).isEqualTo(!shared.isEmpty()).isEqualTo(b.overlaps(a));
    }
}
