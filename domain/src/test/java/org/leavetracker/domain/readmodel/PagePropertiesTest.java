package org.leavetracker.domain.readmodel;

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
}
