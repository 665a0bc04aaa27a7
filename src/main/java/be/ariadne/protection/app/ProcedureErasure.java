package be.ariadne.protection.app;

import be.ariadne.casefile.Compartment;
import be.ariadne.privacy.CaseCompartmentsErased;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When the retention of a case's RESIDENCE compartment has expired, the free-text notes of its
 * procedure events are erased with the rest of the compartment, in the erasure's transaction.
 * The events themselves (types, dates, documents) are kept: they are not identifying and the
 * deadlines' history and the figures depend on them. This is the one update an event ever gets.
 */
@Component
class ProcedureErasure {
    private final JdbcClient jdbc;

    ProcedureErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CaseCompartmentsErased erased) {
        if (!erased.compartments().contains(Compartment.RESIDENCE)) return;
        jdbc.sql("UPDATE " + ProcedureStore.EVENT_TABLE + " SET note = NULL WHERE case_id = ? AND note IS NOT NULL")
                .param(erased.ref().id()).update();
    }
}
