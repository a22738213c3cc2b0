package org.leavetracker.domain.provisioning;

/**
 * A person as the identity provider describes them (SPEC §8).
 *
 * @param email      from {@code userName} or the primary e-mail
 * @param name       from {@code displayName} or {@code name}
 * @param active     false: their employment ends today; true again: that end is undone (null: unchanged)
 * @param department the enterprise extension's department: the team of that name
 * @param managerId  the enterprise extension's manager: the user id of their approver
 * @param location   the value of the location attribute the admin mapped: a location's name
 * @param startDate  the value of the start-date attribute the admin mapped (a date, or a date-time whose date counts),
 *                   for a new person only (null: none)
 */
public record ProvisionedPerson(String email, String name, Boolean active, AttributeChange<String> department,
                                AttributeChange<String> managerId, AttributeChange<String> location, String startDate) {

    public ProvisionedPerson(String email, String name, Boolean active, AttributeChange<String> department,
                             AttributeChange<String> managerId, AttributeChange<String> location) {
        this(email, name, active, department, managerId, location, null);
    }
}
