package be.ariadne.casefile;

import java.util.List;

/**
 * Published synchronously, inside the transaction that made the change, whenever cases are opened,
 * their summary or identity facts change, or they are closed or reopened. Listeners get the
 * current facts of every case concerned.
 */
public record CaseFactsChanged(List<CaseFacts> facts) {
    public CaseFactsChanged {
        facts = List.copyOf(facts);
    }
}
