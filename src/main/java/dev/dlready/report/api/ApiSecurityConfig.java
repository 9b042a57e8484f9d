package dev.dlready.report.api;

import dev.dlready.report.ApiTokenAuthenticator;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The API's own security: checked before the app's (Vaadin) chain, for /api/v1/** only. Stateless, bearer tokens
 * only, no session and no CSRF token (there is no cookie to forge); the OpenAPI description is public.
 */
@Configuration
class ApiSecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiTokenAuthenticator authenticator) throws Exception {
        // API requests, and the error dispatch of an API request (so a 405 or 400 reaches the tool, not the sign-in page).
        http.securityMatcher(request -> isApi(request.getRequestURI(), request.getContextPath())
                        || (request.getDispatcherType() == DispatcherType.ERROR && isApi(
                                String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)),
                                request.getContextPath())))
                .authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/api/v1/openapi.json").permitAll()
                        .anyRequest().hasRole("RECRUITER"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .addFilterBefore(new BearerTokenFilter(authenticator), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setStatus(HttpStatus.UNAUTHORIZED.value());
                            response.setHeader("WWW-Authenticate", "Bearer realm=\"dlready\"");
                            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                            response.getWriter().write("{\"error\":\"Send a valid API token: Authorization: Bearer dlr_...\"}");
                        })
                        .accessDeniedHandler((request, response, e) -> {
                            response.setStatus(HttpStatus.FORBIDDEN.value());
                            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                            response.getWriter().write("{\"error\":\"This API is for recruiter accounts.\"}");
                        }));
        return http.build();
    }

    private static boolean isApi(String uri, String contextPath) {
        return uri.startsWith(contextPath + "/api/v1/");
    }
}
