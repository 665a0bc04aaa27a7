package be.ariadne.access;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends every session of a user at once (deactivation, password reset, role change), on every instance. */
@Component
class SessionTerminator {
    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository;

    SessionTerminator(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository) {
        this.repository = repository;
    }

    void endSessionsOf(String username) {
        FindByIndexNameSessionRepository<? extends Session> repo = repository.getIfAvailable();
        if (repo == null) return;
        for (String id : repo.findByPrincipalName(username).keySet()) {
            repo.deleteById(id);
        }
    }
}
