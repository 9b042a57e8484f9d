package dev.dlready.account;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dev.dlready.account.internal.LoginFailureHandler;
import dev.dlready.account.internal.ThrottlingAuthenticationProvider;
import dev.dlready.account.ui.LoginView;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@EnableScheduling
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                        "/styles.css", "/icons/**", "/images/**", "/vendor/**", "/frontend-static/**")
                .permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login?signed-out"));
        // Registered after Vaadin's configurer, whose defaults keep a failure handler that is already set: the
        // sign-in page then learns why a sign-in failed (locked, disabled, wrong password).
        http.formLogin(form -> form.failureHandler(new LoginFailureHandler()));
        return http.build();
    }

    /** Argon2id for new hashes; the delegating encoder keeps older hashes readable if the default ever changes. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(
                "argon2",
                Map.of(
                        "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                        "bcrypt", new BCryptPasswordEncoder()));
    }

    /** The only authentication provider: password check wrapped in the failed-sign-in lock. */
    @Bean
    AuthenticationProvider authenticationProvider(
            UserDetailsService userDetailsService, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        var passwords = new DaoAuthenticationProvider(userDetailsService);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ThrottlingAuthenticationProvider(passwords, throttle);
    }
}
