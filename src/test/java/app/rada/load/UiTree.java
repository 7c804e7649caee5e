package app.rada.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * What a browser knows of one UI: the state nodes Flow sent, with their tags, attributes, properties and
 * texts. Changes come in the {@code changes} array of every response; only the features a member's
 * actions need are kept.
 */
final class UiTree {

    /** Flow's node features, as numbered on the wire. */
    private static final int ELEMENT_DATA = 0;
    private static final int PROPERTIES = 1;
    private static final int ATTRIBUTES = 3;
    private static final int TEXT = 7;
    private static final int CLASSES = 11;

    static final class Node {
        final int id;
        String tag = "";
        String text;
        final Map<String, String> attributes = new HashMap<>();
        final Map<String, String> properties = new HashMap<>();
        final List<String> classes = new ArrayList<>();

        Node(int id) {
            this.id = id;
        }

        String attribute(String name) {
            return attributes.get(name);
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();

    void apply(JsonNode changes) {
        for (var change : changes) {
            int id = change.path("node").asInt();
            var type = change.path("type").asString();
            if ("detach".equals(type)) {
                nodes.remove(id);
                continue;
            }
            var node = nodes.computeIfAbsent(id, Node::new);
            if ("splice".equals(type) && change.path("feat").asInt() == CLASSES) {
                int index = Math.min(change.path("index").asInt(), node.classes.size());
                int remove = Math.min(change.path("remove").asInt(0), node.classes.size() - index);
                for (int i = 0; i < remove; i++) {
                    node.classes.remove(index);
                }
                int at = index;
                for (var added : change.path("add")) {
                    node.classes.add(at++, added.asString());
                }
                continue;
            }
            if ("clear".equals(type) && change.path("feat").asInt() == CLASSES) {
                node.classes.clear();
                continue;
            }
            if (!"put".equals(type)) {
                if ("remove".equals(type) && change.path("feat").asInt() == ATTRIBUTES) {
                    node.attributes.remove(change.path("key").asString());
                }
                continue;
            }
            var key = change.path("key").asString();
            var value = change.path("value");
            var text = value.isValueNode() ? value.asString() : value.toString();
            switch (change.path("feat").asInt()) {
                case ELEMENT_DATA -> {
                    if ("tag".equals(key)) {
                        node.tag = text;
                    }
                }
                case PROPERTIES -> node.properties.put(key, text);
                case ATTRIBUTES -> node.attributes.put(key, text);
                case TEXT -> node.text = text;
                default -> {
                }
            }
        }
    }

    Optional<Node> byClass(String className) {
        return find(n -> n.classes.contains(className));
    }

    Optional<Node> byId(String elementId) {
        return find(n -> elementId.equals(n.attribute("id")));
    }

    Optional<Node> find(Predicate<Node> test) {
        return nodes.values().stream().filter(test).findFirst();
    }

    List<Node> all(Predicate<Node> test) {
        return nodes.values().stream().filter(test).toList();
    }

    void clear() {
        nodes.clear();
    }
}
