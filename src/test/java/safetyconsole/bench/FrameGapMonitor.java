package safetyconsole.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.animation.AnimationTimer;

/**
 * Watches the FX thread during a step: the longest gap between two pulses (an {@link AnimationTimer} keeps the
 * toolkit pulsing, so a gap is time the FX thread was busy with something else), the most CPU time the FX thread
 * used between two pulses (what a loaded machine does not inflate), and, for each gap over
 * {@link #LONG_GAP_NANOS}, what the FX thread was doing, from a sample of its stack every ~10 ms.
 * Steps begin and end on the FX thread; the pulse fields are only touched there.
 */
final class FrameGapMonitor implements AutoCloseable {

    static final long LONG_GAP_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final long SAMPLE_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    private static final int STACK_DEPTH = 96;
    private static final int FRAMES_SHOWN = 4;
    private static final int BUSIEST_SHOWN = 5;
    private static final String PROJECT = "safetyconsole.";
    private static final String THIS_BENCH = "safetyconsole.bench.";

    /** Frames that tell which part of its work the FX thread is in, the most telling first. */
    private static final Map<String, String> PHASES = phases();

    private static Map<String, String> phases() {
        Map<String, String> phases = new LinkedHashMap<>();
        phases.put("waitForRenderingToComplete", "pulse: waiting for the render thread");
        phases.put("Scene.doCSSPass", "pulse: CSS");
        phases.put("Scene.doLayoutPass", "pulse: layout");
        phases.put("synchronizeSceneNodes", "pulse: sync to the renderer");
        phases.put("AbstractPrimaryTimer", "pulse: animations and timers");
        phases.put("PlatformImpl.lambda$runLater", "runLater or task callback");
        phases.put("GlassViewEventHandler", "input event");
        return phases;
    }

    /** One look at the FX thread's stack, at {@code nanos} (System.nanoTime). */
    private record Sample(long nanos, StackTraceElement[] stack) {
    }

    /**
     * Between two pulses, {@code end - start} nanoseconds without a frame, of which the FX thread ran {@code cpu}
     * (the rest it waited: for the render thread, or for a core on a loaded machine).
     */
    record Gap(long start, long end, long cpu) {
        long millis() {
            return TimeUnit.NANOSECONDS.toMillis(end - start);
        }

        long cpuMillis() {
            return TimeUnit.NANOSECONDS.toMillis(cpu);
        }
    }

    /** What the FX thread was doing in one long gap: the most frequent frames, with their share of the samples. */
    record Attributed(Gap gap, int samples, List<String> phases, List<String> projectFrames,
                      List<String> controlFrames, List<String> topFrames) {
    }

    /**
     * A step's longest gap, its gaps over 100 ms with what caused them, how long the step took to finish, and the
     * process's busiest threads in it (what the FX thread shared the cores with).
     */
    record StepReport(String step, long longestGapMillis, long mostCpuMillis, List<Attributed> longGaps,
                      long doneMillis, long gcMillis, List<String> busiestThreads) {
    }

    private final Thread fxThread;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    private final Thread sampler;
    private volatile boolean sampling;
    private volatile boolean closed;

    private final AnimationTimer pulses = new AnimationTimer() {
        @Override
        public void handle(long now) {
            pulse(System.nanoTime());
        }
    };
    private long lastPulse;
    private long lastPulseCpu;
    private long longestGap;
    private long mostCpu;
    private final List<Gap> longGaps = new ArrayList<>();
    private long stepStart;
    private long gcAtStart;
    private Map<String, Long> threadsCpuAtStart = Map.of();

    /** Call on the FX thread: it is the thread watched. */
    FrameGapMonitor() {
        fxThread = Thread.currentThread();
        sampler = new Thread(this::sampleLoop, "fx-stack-sampler");
        sampler.setDaemon(true);
        sampler.start();
        pulses.start();
    }

    private void pulse(long now) {
        long cpuNow = threads.getCurrentThreadCpuTime();
        if (lastPulse != 0) {
            long gap = now - lastPulse;
            long cpu = cpuNow - lastPulseCpu;
            longestGap = Math.max(longestGap, gap);
            mostCpu = Math.max(mostCpu, cpu);
            if (gap > LONG_GAP_NANOS) {
                longGaps.add(new Gap(lastPulse, now, cpu));
            }
        }
        lastPulse = now;
        lastPulseCpu = cpuNow;
    }

    private void sampleLoop() {
        long id = fxThread.getId();
        while (!closed) {
            if (sampling) {
                ThreadInfo info = threads.getThreadInfo(id, STACK_DEPTH);
                if (info != null) {
                    samples.add(new Sample(System.nanoTime(), info.getStackTrace()));
                }
            }
            long wake = System.nanoTime() + SAMPLE_EVERY_NANOS;
            while (System.nanoTime() < wake) {
                LockSupport.parkNanos(wake - System.nanoTime());
            }
        }
    }

    /** On the FX thread, just before the step's action: forgets the gaps and samples of the step before. */
    void beginStep() {
        longestGap = 0;
        mostCpu = 0;
        longGaps.clear();
        samples.clear();
        stepStart = System.nanoTime();
        gcAtStart = gcMillis();
        threadsCpuAtStart = ProcessThreads.cpuMillisByName();
        sampling = true;
    }

    /** On the FX thread, once the step has settled. */
    StepReport endStep(String step, long doneNanos) {
        sampling = false;
        List<Sample> taken = new ArrayList<>(samples);
        List<Attributed> attributed = longGaps.stream()
                .sorted(Comparator.comparingLong((Gap g) -> g.end() - g.start()).reversed())
                .map(gap -> attribute(gap, taken))
                .toList();
        return new StepReport(step, TimeUnit.NANOSECONDS.toMillis(longestGap),
                TimeUnit.NANOSECONDS.toMillis(mostCpu), attributed,
                TimeUnit.NANOSECONDS.toMillis(doneNanos - stepStart), gcMillis() - gcAtStart,
                ProcessThreads.busiestSince(threadsCpuAtStart, BUSIEST_SHOWN));
    }

    /** Time the JVM's collectors took so far: a gap without samples is often a collection (or the machine busy). */
    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
    }

    private static Attributed attribute(Gap gap, List<Sample> taken) {
        List<StackTraceElement[]> inGap = taken.stream()
                .filter(s -> s.nanos() >= gap.start() && s.nanos() <= gap.end())
                .map(Sample::stack)
                .filter(stack -> stack.length > 0)
                .toList();
        return new Attributed(gap, inGap.size(), mostFrequent(inGap, FrameGapMonitor::phase),
                mostFrequent(inGap, FrameGapMonitor::projectFrame), mostFrequent(inGap, FrameGapMonitor::controlFrame),
                mostFrequent(inGap, stack -> stack[0].toString()));
    }

    /** Which part of a pulse, or what else, the FX thread was in. */
    private static String phase(StackTraceElement[] stack) {
        for (Map.Entry<String, String> known : PHASES.entrySet()) {
            for (StackTraceElement frame : stack) {
                if ((frame.getClassName() + "." + frame.getMethodName()).contains(known.getKey())) {
                    return known.getValue();
                }
            }
        }
        return "other: " + stack[0].getClassName() + "." + stack[0].getMethodName();
    }

    /** The topmost frame of a JavaFX control, skin or chart: which part of the window the toolkit worked on. */
    private static String controlFrame(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith("javafx.scene.control.")
                    || frame.getClassName().startsWith("javafx.scene.chart.")) {
                return frame.toString();
            }
        }
        return "(no control frame)";
    }

    /** The topmost frame of the project's own code (not this bench's), or what the thread was in instead. */
    private static String projectFrame(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith(PROJECT) && !frame.getClassName().startsWith(THIS_BENCH)) {
                return frame.toString();
            }
        }
        return "(no project frame)";
    }

    private static List<String> mostFrequent(List<StackTraceElement[]> stacks,
                                             Function<StackTraceElement[], String> key) {
        Map<String, Long> counts = stacks.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new,
                Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(FRAMES_SHOWN)
                .map(e -> e.getValue() + " x " + e.getKey())
                .toList();
    }

    @Override
    public void close() {
        pulses.stop();
        closed = true;
    }
}
