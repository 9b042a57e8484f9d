package dev.dlready.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Sends the browser back to the sign-in page with the reason, so the page can say what to do. */
public class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String reason =
                switch (exception) {
                    case LockedException e -> "locked";
                    case DisabledException e -> "disabled";
                    default -> "error";
                };
        response.sendRedirect(request.getContextPath() + "/login?" + reason);
    }
}
