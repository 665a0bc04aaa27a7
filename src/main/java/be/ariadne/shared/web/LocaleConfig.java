package be.ariadne.shared.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The language follows the browser ({@code Accept-Language}) and can be switched with
 * {@code ?lang=xx}; a switch is remembered in a first-party preference cookie (no tracking).
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfig implements WebMvcConfigurer {
    static final String COOKIE = "ariadne_lang";

    @Bean
    LocaleResolver localeResolver() {
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                Object chosen = request.getAttribute(COOKIE);
                if (chosen instanceof Locale l) return l;
                Cookie[] cookies = request.getCookies();
                if (cookies != null) {
                    for (Cookie c : cookies) {
                        if (COOKIE.equals(c.getName())) {
                            Locale l = SupportedLanguages.match(c.getValue());
                            if (l != null) return l;
                        }
                    }
                }
                return SupportedLanguages.fromAcceptLanguage(request.getHeader("Accept-Language"));
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                Locale l = locale == null ? null : SupportedLanguages.match(locale.toLanguageTag());
                if (l == null) return;
                request.setAttribute(COOKIE, l);
                if (response != null) {
                    Cookie c = new Cookie(COOKIE, l.getLanguage());
                    c.setPath("/");
                    c.setHttpOnly(true);
                    c.setMaxAge((int) Duration.ofDays(365).toSeconds());
                    c.setSecure(request.isSecure());
                    c.setAttribute("SameSite", "Lax");
                    response.addCookie(c);
                }
            }
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor lci = new LocaleChangeInterceptor();
        lci.setParamName("lang");
        lci.setIgnoreInvalidLocale(true);
        registry.addInterceptor(lci).excludePathPatterns("/api/**");
    }
}
