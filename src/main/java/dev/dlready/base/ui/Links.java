package dev.dlready.base.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;

/** Absolute links to pages of the application, for people to copy and share. */
public final class Links {

    private Links() {}

    /** The application's root as the browser reached it, ending in a slash (just "/" outside a request). */
    public static String baseUrl() {
        return baseUrl(VaadinRequest.getCurrent());
    }

    /** The application's root as the given request reached it, ending in a slash ("/" without a servlet request). */
    public static String baseUrl(@org.jspecify.annotations.Nullable VaadinRequest request) {
        if (request instanceof VaadinServletRequest servlet) {
            var http = servlet.getHttpServletRequest();
            String scheme = http.getScheme();
            int port = http.getServerPort();
            boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            return scheme + "://" + http.getServerName() + (defaultPort ? "" : ":" + port) + http.getContextPath() + "/";
        }
        return "/";
    }
}
