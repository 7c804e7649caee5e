package app.rada.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.shared.cluster.ClusterSignals;
import app.rada.support.KaribuTest;
import app.rada.support.SecondNode;
import app.rada.support.TestProfiles;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;

class PresenceAcrossNodesTest extends KaribuTest {

    @Autowired
    ClusterSignals signals;

    @Autowired
    LiveJourneys live;

    static boolean onPostgres() {
        return TestProfiles.onPostgres();
    }

    @Test
    void what_other_nodes_announce_counts_once_per_person_until_it_expires() throws Exception {
        var clock = new AtomicLong();
        var journeys = new LiveJourneys(signals, clock::get);
        long map = 9_000_201L;
        var heard = new LinkedBlockingQueue<Integer>();
        var stop = journeys.listen(map, 1, change -> {
            if (change instanceof LiveJourneys.PresenceChanged presence) {
                heard.add(presence.viewers());
            }
        });
        try {
            assertThat(heard.poll(2, TimeUnit.SECONDS)).isEqualTo(1);

            // node "b" has persons 1 and 2 on the map: person 1 is here too and counts once
            journeys.heard("b;" + map + ";1,2");
            assertThat(journeys.viewers(map)).isEqualTo(2);
            assertThat(heard.poll(2, TimeUnit.SECONDS)).isEqualTo(2);
            // node "c" has 40 people more than it names
            journeys.heard("c;" + map + ";#40");
            assertThat(journeys.viewers(map)).isEqualTo(42);
            assertThat(heard.poll(2, TimeUnit.SECONDS)).isEqualTo(42);
            // the same again tells nobody; this node's own announcements are not counted twice
            journeys.heard("b;" + map + ";2,1");
            journeys.heard(signals.nodeId() + ";" + map + ";1,3,4");
            assertThat(journeys.viewers(map)).isEqualTo(42);
            assertThat(heard.poll(300, TimeUnit.MILLISECONDS)).isNull();
            // other maps stay apart
            assertThat(journeys.viewers(map + 1)).isZero();

            // "b" announces again after 40 s, "c" does not: after 61 s only "c" is forgotten
            clock.set(Duration.ofSeconds(40).toNanos());
            journeys.heard("b;" + map + ";1,2");
            clock.set(Duration.ofSeconds(59).toNanos());
            journeys.expire();
            assertThat(journeys.viewers(map)).isEqualTo(42);
            clock.set(Duration.ofSeconds(61).toNanos());
            journeys.expire();
            assertThat(journeys.viewers(map)).isEqualTo(2);
            assertThat(heard.poll(2, TimeUnit.SECONDS)).isEqualTo(2);
            clock.set(Duration.ofSeconds(101).toNanos());
            journeys.expire();
            assertThat(journeys.viewers(map)).isEqualTo(1);
            assertThat(heard.poll(2, TimeUnit.SECONDS)).isEqualTo(1);

            // nobody any more on a node, and a node that says goodbye, no longer count
            journeys.heard("b;" + map + ";2,5");
            journeys.heard("c;" + map + ";6");
            assertThat(journeys.viewers(map)).isEqualTo(4);
            journeys.heard("b;" + map + ";");
            assertThat(journeys.viewers(map)).isEqualTo(2);
            journeys.heard("c;bye");
            assertThat(journeys.viewers(map)).isEqualTo(1);
            // nonsense is ignored
            journeys.heard("d;" + map + ";x");
            journeys.heard("d;" + map);
            assertThat(journeys.viewers(map)).isEqualTo(1);
        } finally {
            stop.run();
        }
    }

    @Test
    void a_node_names_the_people_viewing_a_map_up_to_a_limit_and_then_counts_them() {
        var journeys = new LiveJourneys(signals);
        long map = 9_000_202L;
        var stops = LongStream.rangeClosed(1, LiveJourneys.MAX_NAMED + 1)
                .mapToObj(person -> journeys.listen(map, person, change -> {
                }))
                .collect(Collectors.toList());
        try {
            // one person in two windows is one person
            stops.add(journeys.listen(map, 7, change -> {
            }));
            assertThat(journeys.announcement(map)).isEqualTo(signals.nodeId() + ";" + map + ";#" + (LiveJourneys.MAX_NAMED + 1));
            assertThat(journeys.announcement(map).length()).isLessThan(100);
            stops.removeFirst().run();
            var named = journeys.announcement(map);
            assertThat(named).startsWith(signals.nodeId() + ";" + map + ";2,3,4,5,6,7,8,");
            assertThat(named.split(";")[2].split(",")).hasSize(LiveJourneys.MAX_NAMED);
            assertThat(named.length()).isLessThan(2000);
        } finally {
            stops.forEach(Runnable::run);
        }
        assertThat(journeys.announcement(map)).isEqualTo(signals.nodeId() + ";" + map + ";");
    }

    /**
     * Two nodes on one PostgreSQL database (node B is {@link SecondNode}): people viewing a map on
     * either node count on both, each person once, and stop counting when their view closes.
     */
    @Test
    @EnabledIf("onPostgres")
    void people_viewing_a_map_on_two_nodes_count_on_both() throws Exception {
        var nodeB = SecondNode.of(context);
        var liveB = nodeB.getBean(LiveJourneys.class);
        awaitListening(nodeB.getBean(ClusterSignals.class));
        long map = 9_000_203L;
        var heardA = new LinkedBlockingQueue<Integer>();
        var stopA = live.listen(map, 1, change -> {
            if (change instanceof LiveJourneys.PresenceChanged presence) {
                heardA.add(presence.viewers());
            }
        });
        Runnable stopB1 = null;
        try {
            assertThat(heardA.poll(2, TimeUnit.SECONDS)).isEqualTo(1);
            awaitCount(() -> liveB.viewers(map), 1);

            // person 2 opens the map on node B
            var stopB2 = liveB.listen(map, 2, change -> {
            });
            awaitCount(() -> live.viewers(map), 2);
            awaitCount(() -> liveB.viewers(map), 2);
            awaitHeard(heardA, 2);

            // person 1 opens it on node B as well and person 2 closes it: one person on both nodes
            stopB1 = liveB.listen(map, 1, change -> {
            });
            stopB2.run();
            awaitCount(() -> live.viewers(map), 1);
            awaitCount(() -> liveB.viewers(map), 1);
            awaitHeard(heardA, 1);

            // person 2 again on B, then B's views close: A is back to its own viewer
            var again = liveB.listen(map, 2, change -> {
            });
            awaitCount(() -> live.viewers(map), 2);
            again.run();
            stopB1.run();
            stopB1 = null;
            awaitCount(() -> live.viewers(map), 1);
            awaitHeard(heardA, 1);
        } finally {
            if (stopB1 != null) {
                stopB1.run();
            }
            stopA.run();
        }
        awaitCount(() -> liveB.viewers(map), 0);
    }

    /** Node B listens for signals on a connection of its own, which it opens shortly after its start. */
    private void awaitListening(ClusterSignals signalsB) throws InterruptedException {
        var probes = new LinkedBlockingQueue<String>();
        var stop = signalsB.subscribe("test-probe", probes::add);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            do {
                signals.send("test-probe", "ready");
            } while (probes.poll(200, TimeUnit.MILLISECONDS) == null && System.nanoTime() < deadline);
            assertThat(signalsB.receivedFromOtherNodes()).isPositive();
        } finally {
            stop.run();
        }
    }

    private static void awaitCount(IntSupplier count, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (count.getAsInt() != expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(count.getAsInt()).isEqualTo(expected);
    }

    private static void awaitHeard(LinkedBlockingQueue<Integer> heard, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        Integer last = null;
        while (System.nanoTime() < deadline) {
            last = heard.poll(100, TimeUnit.MILLISECONDS);
            if (last != null && last == expected) {
                return;
            }
        }
        assertThat(last).as("the open view on node A hears %d viewers", expected).isEqualTo(expected);
    }
}
