package org.leavetracker.functions.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.leavetracker.domain.port.BusEntry;
import org.leavetracker.domain.port.EventBus;
import org.leavetracker.domain.read.RequestScope;

/** The pieces of an organization-wide change: bounded, all of them on the bus, none silently dropped. */
class PeopleFanOutTest {

    private final List<List<BusEntry>> calls = new ArrayList<>();

    @Test
    void every_person_travels_in_exactly_one_piece_of_at_most_the_bound() {
        EventBus bus = entries -> {
            calls.add(List.copyOf(entries));
            return entries.stream().map(e -> (String) null).toList();
        };
        List<String> people = IntStream.range(0, 1_234).mapToObj(i -> "u" + i).toList();
        RequestScope scope = RequestScope.on(LocalDate.parse("2026-07-03"))
                .or(RequestScope.from(LocalDate.parse("2026-09-01")));
        new PeopleFanOut(bus).send("org1", people, scope, "org1/7");

        List<PeopleFanOut.Piece> pieces = calls.stream().flatMap(List::stream)
                .peek(entry -> assertThat(entry.detailType()).isEqualTo(PeopleFanOut.DETAIL_TYPE))
                .map(entry -> PeopleFanOut.read(entry.detail())).toList();
        assertThat(calls).allSatisfy(call -> assertThat(call).hasSizeLessThanOrEqualTo(EventBus.MAX_ENTRIES));
        assertThat(pieces).allSatisfy(piece -> {
            assertThat(piece.userIds()).hasSizeLessThanOrEqualTo(PeopleFanOut.PIECE);
            assertThat(piece.orgId()).isEqualTo("org1");
            assertThat(piece.cause()).isEqualTo("org1/7");
            assertThat(piece.scope()).isEqualTo(scope);
        });
        assertThat(pieces.stream().flatMap(p -> p.userIds().stream()).toList()).isEqualTo(people);
    }

    @Test
    void a_piece_the_bus_refuses_fails_the_change_so_that_it_is_retried() {
        EventBus refusing = entries -> entries.stream().map(e -> "ThrottlingException").toList();
        assertThatThrownBy(() -> new PeopleFanOut(refusing).send("org1", List.of("u1"), RequestScope.ALL, "org1/7"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("refused");
    }

    @Test
    void a_piece_sent_before_scopes_existed_rewrites_all_of_its_peoples_requests() {
        PeopleFanOut.Piece old = PeopleFanOut.read("{\"orgId\":\"org1\",\"userIds\":[\"u1\"],\"cause\":\"org1/7\"}");
        assertThat(old.scope()).isEqualTo(RequestScope.ALL);
    }
}
