package be.ariadne.protection.app;

import be.ariadne.protection.ResidenceDocument;
import be.ariadne.shared.dashboard.DeadlineOverview;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The deadlines for the dashboard, as counts only: per kind of document that ends
 * ({@code REFLECTION_PERIOD_END}, {@code REGISTRATION_CERTIFICATE_END}, {@code A_CARD_END}) and window.
 */
@Component
class ProcedureDeadlineOverview implements DeadlineOverview {
    private final ProcedureStore store;

    ProcedureDeadlineOverview(ProcedureStore store) {
        this.store = store;
    }

    static String kind(ResidenceDocument document) {
        return switch (document) {
            case ANNEX_15 -> "REFLECTION_PERIOD_END";
            case REGISTRATION_CERTIFICATE -> "REGISTRATION_CERTIFICATE_END";
            case A_CARD -> "A_CARD_END";
            case B_CARD -> "B_CARD_END";
        };
    }

    @Override
    public List<Bucket> buckets(LocalDate today, String centreCode) {
        Map<String, Map<Window, Long>> counts = new LinkedHashMap<>();
        for (ResidenceDocument d : List.of(ResidenceDocument.ANNEX_15, ResidenceDocument.REGISTRATION_CERTIFICATE, ResidenceDocument.A_CARD)) {
            counts.put(kind(d), new EnumMap<>(Window.class));
        }
        for (ProcedureStore.Row row : store.expiringBetween(null, today.plusDays(90), centreCode)) {
            if (row.document() == null) continue;
            Window w = window(today, row.validUntil());
            counts.computeIfAbsent(kind(row.document()), k -> new EnumMap<>(Window.class)).merge(w, 1L, Long::sum);
        }
        List<Bucket> out = new ArrayList<>();
        for (Window w : Window.values()) {
            counts.forEach((kind, byWindow) -> out.add(new Bucket(kind, w, byWindow.getOrDefault(w, 0L))));
        }
        return out;
    }

    static Window window(LocalDate today, LocalDate validUntil) {
        if (validUntil.isBefore(today)) return Window.OVERDUE;
        long days = java.time.temporal.ChronoUnit.DAYS.between(today, validUntil);
        if (days <= 14) return Window.NEXT_14_DAYS;
        if (days <= 30) return Window.DAYS_15_TO_30;
        return Window.DAYS_31_TO_90;
    }
}
