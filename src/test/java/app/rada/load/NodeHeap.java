package app.rada.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** A running node's heap as the JVM reports it through {@code jcmd}, after a full collection. */
final class NodeHeap {

    private static final Pattern HEAP_USED = Pattern.compile("total (?:reserved )?\\d+K, (?:committed \\d+K, )?used (\\d+)K");

    private NodeHeap() {
    }

    /** The nodes' heap in use after a full collection, or 0 when no node is measured or one cannot be read. */
    static long usedAfterFullCollection(List<Long> pids) {
        long used = 0;
        for (long pid : pids) {
            try {
                // two collections: the first may leave objects that only become unreachable through finalisation
                jcmd(pid, "GC.run");
                jcmd(pid, "GC.run");
                var info = jcmd(pid, "GC.heap_info");
                var m = HEAP_USED.matcher(info);
                if (!m.find()) {
                    System.out.println("LOAD heap of " + pid + " not understood: " + info);
                    return 0;
                }
                used += Long.parseLong(m.group(1)) * 1024;
            } catch (IOException | InterruptedException e) {
                System.out.println("LOAD heap of " + pid + " not read: " + e.getMessage());
                return 0;
            }
        }
        return used;
    }

    static String jcmd(long pid, String command) throws IOException, InterruptedException {
        var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        var words = new java.util.ArrayList<>(List.of(jcmd, Long.toString(pid)));
        words.addAll(List.of(command.split(" ")));
        var process = new ProcessBuilder(words).redirectErrorStream(true).start();
        var out = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return out;
    }
}
