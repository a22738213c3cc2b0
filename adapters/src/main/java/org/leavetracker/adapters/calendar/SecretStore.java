package org.leavetracker.adapters.calendar;

import java.util.Optional;

/** Where the organizations' provider credentials are kept: Secrets Manager in the cloud, a folder locally. */
public interface SecretStore {

    void put(String name, String value);

    Optional<String> get(String name);

    void delete(String name);
}
