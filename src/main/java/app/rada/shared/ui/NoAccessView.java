package app.rada.shared.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Shown to a logged-in person who opens a page their role does not allow. */
@AnonymousAllowed
public class NoAccessView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("error.no-access.title", "error.no-access.text");
        setId("no-access");
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
