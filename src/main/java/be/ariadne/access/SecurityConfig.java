package be.ariadne.access;

import be.ariadne.audit.AuditEvent;
import be.ariadne.audit.AuditLog;
import be.ariadne.shared.web.Problems;
import be.ariadne.shared.web.PublicPaths;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains: the API (stateless, bearer tokens, problem documents, no CSRF since no
 * cookie authenticates it) and the screens (form sign-in, session in the database, CSRF).
 * Both send strict headers: a content security policy without inline script, no framing, HSTS
 * when the request came over TLS (directly or through a proxy that says so).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class SecurityConfig {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, TokenService tokens, List<PublicPaths> publicPaths) throws Exception {
        List<String> open = new ArrayList<>();
        publicPaths.forEach(p -> p.patterns().stream().filter(s -> s.startsWith("/api/")).forEach(open::add));
        http.securityMatcher("/api/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(r -> r.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable())
                .addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> {
                    a.requestMatchers(HttpMethod.POST, "/api/v1/tokens").permitAll();
                    if (!open.isEmpty()) a.requestMatchers(open.toArray(String[]::new)).permitAll();
                    a.anyRequest().authenticated();
                })
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> BearerTokenFilter.unauthorized(res, JSON,
                                "Authenticate with Authorization: Bearer TOKEN (POST /api/v1/tokens gives one)."))
                        .accessDeniedHandler((req, res, ex) -> {
                            res.setStatus(403);
                            res.setContentType(Problems.PROBLEM_JSON.toString());
                            res.getOutputStream().write(JSON.writeValueAsBytes(Problems.asMap(
                                    Problems.of(HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this."))));
                        }));
        headers(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, List<PublicPaths> publicPaths, AuditLog audit) throws Exception {
        List<String> open = new ArrayList<>(List.of("/login", "/css/**", "/js/**", "/img/**", "/webjars/**",
                "/favicon.ico", "/error", "/actuator/health", "/v3/api-docs/**", "/api-docs.html", "/swagger-ui/**"));
        publicPaths.forEach(p -> p.patterns().stream().filter(s -> !s.startsWith("/api/")).forEach(open::add));
        LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
        http.authorizeHttpRequests(a -> a.requestMatchers(open.toArray(String[]::new)).permitAll().anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").loginProcessingUrl("/login").defaultSuccessUrl("/home")
                        .failureUrl("/login?error").permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .addLogoutHandler((req, res, auth) -> {
                            if (auth != null && auth.getPrincipal() instanceof AriadneUser u) {
                                audit.record(u, AuditEvent.of("LOGOUT", "user", u.username()));
                            }
                        }))
                .exceptionHandling(e -> e.authenticationEntryPoint((req, res, ex) -> {
                    // A session that timed out is told so, rather than silently sent to sign in.
                    if (req.getRequestedSessionId() != null && !req.isRequestedSessionIdValid()) {
                        res.sendRedirect(req.getContextPath() + "/login?expired");
                    } else {
                        login.commence(req, res, ex);
                    }
                }))
                .addFilterAfter(new PasswordChangeRequiredFilter(), AnonymousAuthenticationFilter.class);
        headers(http);
        return http.build();
    }

    private static void headers(HttpSecurity http) throws Exception {
        http.headers(h -> h
                .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                .frameOptions(f -> f.deny())
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(), payment=(), usb=()"))
                .httpStrictTransportSecurity(s -> s.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
    }
}
