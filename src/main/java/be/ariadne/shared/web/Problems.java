package be.ariadne.shared.web;

import be.ariadne.shared.FieldProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Problem documents (RFC 9457) as every API error answers: status, title, detail, and for validation errors {@code errors}. */
public final class Problems {
    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String title, String detail) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setTitle(title);
        return pd;
    }

    public static ProblemDetail invalid(List<FieldProblem> problems) {
        ProblemDetail pd = of(HttpStatus.BAD_REQUEST, "Invalid request",
                problems.size() == 1 ? problems.get(0).toString() : problems.size() + " problems: " + join(problems));
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldProblem p : problems) {
            Map<String, String> e = new LinkedHashMap<>();
            e.put("field", p.field());
            e.put("message", p.message());
            errors.add(e);
        }
        pd.setProperty("errors", errors);
        return pd;
    }

    /** The problem document as a plain map, for filters that write the answer themselves. */
    public static Map<String, Object> asMap(ProblemDetail pd) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", pd.getType() == null ? "about:blank" : pd.getType().toString());
        m.put("title", pd.getTitle());
        m.put("status", pd.getStatus());
        m.put("detail", pd.getDetail());
        if (pd.getInstance() != null) m.put("instance", pd.getInstance().toString());
        if (pd.getProperties() != null) m.putAll(pd.getProperties());
        return m;
    }

    public static ResponseEntity<ProblemDetail> response(ProblemDetail pd) {
        return ResponseEntity.status(pd.getStatus()).contentType(PROBLEM_JSON).body(pd);
    }

    private static String join(List<FieldProblem> problems) {
        StringBuilder sb = new StringBuilder();
        for (FieldProblem p : problems) {
            if (!sb.isEmpty()) sb.append("; ");
            sb.append(p);
        }
        return sb.toString();
    }
}
