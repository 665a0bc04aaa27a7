package be.ariadne.crypto;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a key problem at start-up into a short, clear explanation instead of a stack trace. */
class KeyFailureAnalyzer extends AbstractFailureAnalyzer<KeyConfigurationException> {
    @Override
    protected FailureAnalysis analyze(Throwable root, KeyConfigurationException cause) {
        return new FailureAnalysis("Ariadne refuses to start: " + cause.getMessage() + ".",
                "Configure the right keys (ARIADNE_KEY_FILE, or ARIADNE_DATA_KEYS and ARIADNE_INDEX_KEY; see README, "
                        + "'Encryption keys'). Never start without them: the data would be unreadable.", cause);
    }
}
