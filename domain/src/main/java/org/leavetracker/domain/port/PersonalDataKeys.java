package org.leavetracker.domain.port;

/**
 * Each person's data key, under which their personal fields are stored wherever they are stored (SPEC §3.10):
 * events, snapshots, read items, and every backup of those. Destroying the key erases the fields everywhere at once.
 */
public interface PersonalDataKeys {

    /** Destroys the person's key for good (again, harmlessly, if it is gone already); no key is made for them again. */
    void destroy(String personId);
}
