package app.rada.security.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;

/** The address the current request came from, as the servlet container sees it (proxies resolved). */
final class ClientAddress {

    private ClientAddress() {
    }

    static String current() {
        var request = VaadinRequest.getCurrent();
        if (request != null && request.getRemoteAddr() != null) {
            return request.getRemoteAddr();
        }
        var session = VaadinSession.getCurrent();
        if (session != null && session.getBrowser() != null && session.getBrowser().getAddress() != null) {
            return session.getBrowser().getAddress();
        }
        return "unknown";
    }
}
