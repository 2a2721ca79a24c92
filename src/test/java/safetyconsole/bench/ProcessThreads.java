package safetyconsole.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of each of this process's threads, from Linux's /proc, by thread name: the JVM's own threads too (the JIT
 * compiler, the collectors), which {@link java.lang.management.ThreadMXBean} does not list. Elsewhere: nothing.
 */
final class ProcessThreads {

    private static final Path TASKS = Path.of("/proc/self/task");
    /** Linux's USER_HZ, the unit of /proc's times, 100 on every common kernel. */
    private static final long MILLIS_PER_TICK = 10;
    private static final int UTIME = 11;
    private static final int STIME = 12;

    private ProcessThreads() {
    }

    /** Per thread name (threads of one name summed), its user and system CPU time so far, in ms. */
    static Map<String, Long> cpuMillisByName() {
        Map<String, Long> byName = new HashMap<>();
        if (!Files.isDirectory(TASKS)) {
            return byName;
        }
        try (Stream<Path> tasks = Files.list(TASKS)) {
            tasks.forEach(task -> read(task.resolve("stat"), byName));
        } catch (IOException e) {
            return byName;
        }
        return byName;
    }

    /** The {@code limit} thread names that used the most CPU since {@code before}, as "name ms". */
    static List<String> busiestSince(Map<String, Long> before, int limit) {
        Map<String, Long> used = new HashMap<>();
        cpuMillisByName().forEach((name, now) -> used.put(name, now - before.getOrDefault(name, 0L)));
        return used.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
                .map(e -> e.getKey() + " " + e.getValue() + " ms").toList();
    }

    /** One line "tid (name) state ..."; the name may hold spaces and parentheses, so it ends at the last ')'. */
    private static void read(Path stat, Map<String, Long> byName) {
        try {
            String line = Files.readString(stat);
            int open = line.indexOf('(');
            int close = line.lastIndexOf(')');
            String name = line.substring(open + 1, close).replaceAll("[0-9]+$", "#");
            String[] fields = line.substring(close + 2).split(" ");
            long ticks = Long.parseLong(fields[UTIME]) + Long.parseLong(fields[STIME]);
            byName.merge(name, ticks * MILLIS_PER_TICK, Long::sum);
        } catch (IOException | RuntimeException e) {
            // A thread that ended meanwhile: nothing to count.
        }
    }
}
