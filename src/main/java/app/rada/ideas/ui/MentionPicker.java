package app.rada.ideas.ui;

import app.rada.ideas.DiscussionService;
import app.rada.people.PersonName;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import java.util.stream.Stream;

/**
 * "Mention someone": a member picker that adds the chosen member's mention to a text area, so the
 * writer never has to type an id. The text shows the name; the id makes the notification exact.
 */
public class MentionPicker extends ComboBox<PersonName> {

    public MentionPicker(DiscussionService discussion, TextArea target) {
        setLabel(getTranslation("discussion.mention.label"));
        setHelperText(getTranslation("discussion.mention.helper"));
        setItemLabelGenerator(PersonName::name);
        setClearButtonVisible(true);
        addClassName("mention-picker");
        CallbackDataProvider.FetchCallback<PersonName, String> fetch = query -> {
            var filter = query.getFilter().orElse("");
            int offset = query.getOffset();
            int limit = query.getLimit();
            // the first twenty matches are enough to pick from; typing more narrows them
            return offset > 0 || filter.isBlank() ? Stream.empty()
                    : discussion.mentionCandidates(filter, Math.min(limit, 20)).stream();
        };
        setItems(fetch);
        addValueChangeListener(e -> {
            var person = e.getValue();
            if (person == null) {
                return;
            }
            insert(target, person);
            clear();
            target.focus();
        });
    }

    static void insert(TextArea target, PersonName person) {
        var text = target.getValue();
        var separator = text.isEmpty() || Character.isWhitespace(text.charAt(text.length() - 1)) ? "" : " ";
        target.setValue(text + separator + DiscussionService.mentionToken(person) + " ");
    }
}
