package be.ariadne.protection.app;

import be.ariadne.access.OrganisationType;
import be.ariadne.access.Role;
import be.ariadne.protection.ProcedureEventType;
import be.ariadne.shared.Actor;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may record which event type, as data ({@code protection/recording-rights.json}): per
 * organisation type and role. Checked at start-up: an unknown type, role or event type, or a
 * repeated line, stops the start naming the place in the file. A user also needs WRITE on the
 * case's RESIDENCE compartment ({@code CaseGuard}).
 */
public final class RecordingRights {
    public static final String RESOURCE = "protection/recording-rights.json";

    private final Map<String, Set<ProcedureEventType>> byTypeAndRole;

    RecordingRights(Map<String, Set<ProcedureEventType>> byTypeAndRole) {
        this.byTypeAndRole = Collections.unmodifiableMap(byTypeAndRole);
    }

    /** The event types the actor may record (union over their roles); empty when none. */
    public Set<ProcedureEventType> allowed(Actor actor) {
        Set<ProcedureEventType> out = EnumSet.noneOf(ProcedureEventType.class);
        for (String role : actor.roles()) {
            Set<ProcedureEventType> types = byTypeAndRole.get(actor.organisationType() + "/" + role);
            if (types != null) out.addAll(types);
        }
        return out;
    }

    public boolean may(Actor actor, ProcedureEventType type) {
        return allowed(actor).contains(type);
    }

    public static RecordingRights load() {
        try (InputStream in = RecordingRights.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + ": not found on the classpath");
            return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(RESOURCE + ": cannot be read: " + e.getMessage(), e);
        }
    }

    static RecordingRights parse(String json) {
        JsonNode root;
        try {
            root = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build().readTree(json);
        } catch (JacksonException e) {
            throw new IllegalStateException(RESOURCE + ": not valid JSON: " + e.getOriginalMessage());
        }
        List<String> problems = new ArrayList<>();
        Map<String, Set<ProcedureEventType>> map = new LinkedHashMap<>();
        JsonNode rights = root.path("rights");
        if (!rights.isArray()) problems.add("rights: missing or not a list");
        for (int i = 0; i < rights.size(); i++) {
            JsonNode line = rights.get(i);
            String where = "rights[" + i + "]";
            String type = line.path("organisationType").asString("");
            String role = line.path("role").asString("");
            if (!isConstant(OrganisationType.class, type)) problems.add(where + ".organisationType: unknown \"" + type + "\"");
            if (!isConstant(Role.class, role)) problems.add(where + ".role: unknown \"" + role + "\"");
            Set<ProcedureEventType> types = EnumSet.noneOf(ProcedureEventType.class);
            JsonNode events = line.path("events");
            if (!events.isArray() || events.isEmpty()) problems.add(where + ".events: missing or empty");
            for (int k = 0; k < events.size(); k++) {
                String e = events.get(k).asString("");
                if ("*".equals(e)) types.addAll(EnumSet.allOf(ProcedureEventType.class));
                else if (isConstant(ProcedureEventType.class, e)) types.add(ProcedureEventType.valueOf(e));
                else problems.add(where + ".events[" + k + "]: unknown event type \"" + e + "\"");
            }
            if (map.put(type + "/" + role, Collections.unmodifiableSet(types)) != null) {
                problems.add(where + ": " + type + "/" + role + " is given twice");
            }
        }
        if (!problems.isEmpty()) throw new IllegalStateException(RESOURCE + ": " + String.join("; ", problems));
        return new RecordingRights(map);
    }

    private static <E extends Enum<E>> boolean isConstant(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) if (e.name().equals(name)) return true;
        return false;
    }
}
