package app.rada.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.access.AccessDeniedException;

/** Shown when a service refuses what a view asked for while opening, the same as no access. */
@AnonymousAllowed
public class RefusedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("error.no-access.title", "error.no-access.text");
        setId("no-access");
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
