package be.ariadne.referral;

import be.ariadne.shared.FieldProblem;
import be.ariadne.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Reads API bodies strictly: an unknown field, or a field of the wrong type, is named; all problems together. */
final class Bodies {
    private final JsonNode body;
    private final List<FieldProblem> problems = new ArrayList<>();

    private Bodies(JsonNode body) {
        this.body = body;
    }

    static Bodies read(JsonNode body, Set<String> allowed) {
        if (body == null || body.isNull() || body.isMissingNode()) throw new InvalidInputException("body", "is required (a JSON object)");
        if (!body.isObject()) throw new InvalidInputException("body", "must be a JSON object");
        Bodies b = new Bodies(body);
        body.propertyNames().forEach(name -> {
            if (!allowed.contains(name)) b.problems.add(new FieldProblem(name, "is not a field of this request (allowed: " + new java.util.TreeSet<>(allowed) + ")"));
        });
        return b;
    }

    String text(String field) {
        JsonNode n = body.path(field);
        if (n.isMissingNode() || n.isNull()) return null;
        if (!n.isString()) {
            problems.add(new FieldProblem(field, "must be a string"));
            return null;
        }
        return n.asString();
    }

    Boolean bool(String field) {
        JsonNode n = body.path(field);
        if (n.isMissingNode() || n.isNull()) return null;
        if (!n.isBoolean()) {
            problems.add(new FieldProblem(field, "must be true or false"));
            return null;
        }
        return n.asBoolean();
    }

    Long number(String field) {
        JsonNode n = body.path(field);
        if (n.isMissingNode() || n.isNull()) return null;
        if (!n.isIntegralNumber()) {
            problems.add(new FieldProblem(field, "must be a whole number"));
            return null;
        }
        return n.asLong();
    }

    Integer integer(String field) {
        Long l = number(field);
        if (l == null) return null;
        if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
            problems.add(new FieldProblem(field, "is out of range"));
            return null;
        }
        return l.intValue();
    }

    List<String> texts(String field) {
        JsonNode n = body.path(field);
        if (n.isMissingNode() || n.isNull()) return null;
        if (!n.isArray()) {
            problems.add(new FieldProblem(field, "must be an array of strings"));
            return null;
        }
        List<String> out = new ArrayList<>();
        n.forEach(e -> {
            if (e.isString()) out.add(e.asString());
            else problems.add(new FieldProblem(field, "must be an array of strings"));
        });
        return out;
    }

    /** Throws when any problem was found so far. */
    Bodies done() {
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return this;
    }
}
