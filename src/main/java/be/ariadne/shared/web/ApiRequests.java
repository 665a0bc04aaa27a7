package be.ariadne.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/** Whether a request belongs to the REST API (problem documents) or to the screens (HTML pages). */
public final class ApiRequests {
    private ApiRequests() {
    }

    public static boolean isApi(HttpServletRequest request) {
        String uri = (String) request.getAttribute("jakarta.servlet.error.request_uri");
        if (uri == null) uri = request.getRequestURI();
        String ctx = request.getContextPath();
        if (ctx != null && !ctx.isEmpty() && uri.startsWith(ctx)) uri = uri.substring(ctx.length());
        return uri.startsWith("/api/");
    }
}
