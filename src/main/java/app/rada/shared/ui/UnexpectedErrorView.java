package app.rada.shared.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shown when opening a page failed; the reference id is also in the log, so support can find it. */
@AnonymousAllowed
public class UnexpectedErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        var reference = ShellInitializer.newReference();
        log.error("Unexpected error opening '{}', reference {}", event.getLocation().getPath(), reference,
                parameter.getCaughtException());
        show("error.unexpected.title", "error.unexpected.text");
        var code = new Span(getTranslation("error.reference", reference));
        code.addClassName("error-reference");
        code.setId("error-reference");
        details().add(code);
        setId("unexpected-error");
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }
}
