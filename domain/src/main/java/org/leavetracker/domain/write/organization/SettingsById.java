package org.leavetracker.domain.write.organization;

import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.leavetracker.domain.error.Conflict;
import org.leavetracker.domain.error.NotFound;

/**
 * One kind of an organization's settings, by id in the order they were made: what each capability of the
 * {@link Organization} keeps, and the lookups all of them answer alike (NOT_FOUND naming the argument, names unique
 * whatever their case).
 */
abstract class SettingsById<T> implements Iterable<T> {

    final Map<String, T> byId = new LinkedHashMap<>();
    private final String what;
    private final Function<T, String> idOf;
    private final Function<T, String> nameOf;

    /** @param nameOf a setting's name (null: this kind has none) */
    SettingsById(String what, Function<T, String> idOf, Function<T, String> nameOf) {
        this.what = what;
        this.idOf = idOf;
        this.nameOf = nameOf;
    }

    /** A setting by id, or NOT_FOUND: another organization's ids (and removed ones) do not exist here. */
    public T get(String id) {
        T found = id == null ? null : byId.get(id);
        if (found == null) {
            throw new NotFound("no " + what + " with id " + id + " in this organization",
                    Map.of("field", idArgument()));
        }
        return found;
    }

    public Optional<T> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public Collection<T> all() {
        return Collections.unmodifiableCollection(byId.values());
    }

    public Stream<T> stream() {
        return byId.values().stream();
    }

    @Override
    public Iterator<T> iterator() {
        return all().iterator();
    }

    /** The setting of that name, whatever its case. */
    Optional<T> named(String name) {
        return byId.values().stream().filter(t -> nameOf.apply(t).equalsIgnoreCase(name)).findFirst();
    }

    /** Names tell settings apart (in reports and the web app): another one may not carry this name. */
    void requireNameFree(String name, String exceptId) {
        named(name).filter(other -> !idOf.apply(other).equals(exceptId)).ifPresent(other -> {
            throw new Conflict("a " + what + " named '" + name + "' already exists (id " + idOf.apply(other) + ")");
        });
    }

    /** The argument that names a setting of this kind: "leave type" → leaveTypeId. */
    private String idArgument() {
        String[] words = what.split(" ");
        StringBuilder argument = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            argument.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return argument.append("Id").toString();
    }
}
