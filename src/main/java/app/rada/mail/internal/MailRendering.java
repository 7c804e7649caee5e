package app.rada.mail.internal;

import app.rada.mail.OutgoingMail;
import org.springframework.web.util.HtmlUtils;

/**
 * Turns structured mail content into the HTML and plain-text bodies. Every part is escaped.
 */
final class MailRendering {

    private MailRendering() {
    }

    static String html(OutgoingMail mail) {
        var body = new StringBuilder();
        body.append("<!DOCTYPE html><html lang=\"").append(mail.language().code()).append("\"><head>")
                .append("<meta charset=\"utf-8\"><title>").append(e(mail.subject())).append("</title></head>")
                .append("<body style=\"margin:0;padding:24px;background:#f3f5f4;font-family:Arial,sans-serif;"
                        + "color:#1b2624;\"><div style=\"max-width:560px;margin:0 auto;background:#ffffff;"
                        + "border-radius:12px;padding:24px;\">")
                .append("<div style=\"font-weight:700;font-size:20px;color:#0f5c55;\">Rada</div>")
                .append("<h1 style=\"font-size:20px;\">").append(e(mail.heading())).append("</h1>");
        for (var paragraph : mail.paragraphs()) {
            body.append("<p style=\"line-height:1.5;\">").append(e(paragraph)).append("</p>");
        }
        if (mail.actionUrl() != null && mail.actionLabel() != null) {
            body.append("<p><a href=\"").append(e(mail.actionUrl())).append("\" style=\"display:inline-block;"
                    + "background:#0f5c55;color:#ffffff;padding:10px 18px;border-radius:8px;"
                    + "text-decoration:none;\">").append(e(mail.actionLabel())).append("</a></p>")
                    .append("<p style=\"font-size:12px;color:#4a5654;\">").append(e(mail.actionUrl())).append("</p>");
        }
        if (mail.unsubscribeUrl() != null) {
            body.append("<p style=\"font-size:12px;color:#4a5654;\"><a href=\"").append(e(mail.unsubscribeUrl()))
                    .append("\" style=\"color:#4a5654;\">").append(e(unsubscribeLabel(mail))).append("</a></p>");
        }
        body.append("</div></body></html>");
        return body.toString();
    }

    static String text(OutgoingMail mail) {
        var body = new StringBuilder();
        body.append(mail.heading()).append("\n\n");
        for (var paragraph : mail.paragraphs()) {
            body.append(paragraph).append("\n\n");
        }
        if (mail.actionUrl() != null && mail.actionLabel() != null) {
            body.append(mail.actionLabel()).append(": ").append(mail.actionUrl()).append("\n\n");
        }
        if (mail.unsubscribeUrl() != null) {
            body.append(unsubscribeLabel(mail)).append(": ").append(mail.unsubscribeUrl()).append('\n');
        }
        return body.toString();
    }

    private static String unsubscribeLabel(OutgoingMail mail) {
        return switch (mail.language()) {
            case PL -> "Nie chcę dostawać takich wiadomości";
            case EN -> "Stop e-mails like this";
        };
    }

    private static String e(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
