package org.leavetracker.domain.port;

/**
 * The command id of an append was already recorded: the command ran before (a retry after a timeout), so nothing
 * is written again.
 */
public final class DuplicateCommand extends RuntimeException {

    public DuplicateCommand(String commandId) {
        super("command " + commandId + " was already applied", null, false, false);
    }
}
