package be.ariadne.casefile;

import be.ariadne.shared.StaleVersionException;

/** A record of a case changed since the version the writer read; carries the current version. */
class CaseStaleException extends StaleVersionException {
    private final String record;
    private final int currentVersion;

    CaseStaleException(String record, int currentVersion) {
        super("The " + record + " record (now at version " + currentVersion + ")");
        this.record = record;
        this.currentVersion = currentVersion;
    }

    String record() {
        return record;
    }

    int currentVersion() {
        return currentVersion;
    }
}
