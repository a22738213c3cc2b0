package org.leavetracker.domain.read.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** Key-positioned pages: whatever is added or removed between pages, each item present throughout is seen once. */
class PagePropertiesTest {

    @Property(tries = 300)
    void every_item_present_throughout_is_seen_exactly_once(
            @ForAll @Size(max = 60) Set<@StringLength(min = 1, max = 4) String> initial,
            @ForAll @Size(max = 30) List<@StringLength(min = 1, max = 4) String> addedBetweenPages,
            @ForAll @IntRange(min = 1, max = 10) int limit) {
        TreeSet<String> list = new TreeSet<>(initial);
        List<String> seen = new ArrayList<>();
        String after = null;
        int added = 0;
        do {
            Page<String> page = Page.of(List.copyOf(list), Function.identity(), limit, after);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(limit);
            seen.addAll(page.items());
            after = page.after();
            if (added < addedBetweenPages.size()) {
                list.add(addedBetweenPages.get(added++));
            }
        } while (after != null);
        assertThat(seen).doesNotHaveDuplicates().containsAll(initial).isSorted();
    }

    @Property(tries = 300)
    void a_filtered_page_holds_what_the_filter_keeps_in_order_each_once_and_never_ends_empty(
            @ForAll @Size(max = 80) Set<@StringLength(min = 1, max = 3) String> stored,
            @ForAll @IntRange(min = 1, max = 7) int limit,
            @ForAll @IntRange(min = 1, max = 4) int keepOneIn) {
        List<String> ordered = List.copyOf(new TreeSet<>(stored));
        java.util.function.Predicate<String> keep = s -> s.hashCode() % keepOneIn == 0;
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            Page<String> page = Page.filtered((size, from) -> Page.of(ordered, Function.identity(), size, from), keep,
                    Function.identity(), limit, after);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(limit).allMatch(keep);
            if (page.after() != null) {
                assertThat(page.items()).as("a page with a next one is full").hasSize(limit);
            }
            seen.addAll(page.items());
            after = page.after();
        } while (after != null);
        assertThat(seen).containsExactlyElementsOf(ordered.stream().filter(keep).toList());
    }
}
