package safetyconsole.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import safetyconsole.cloud.snapshot.SnapshotFixture;

/**
 * Rails files come from a checkout the console does not control: each case links the snapshot's Rails app to a
 * hostile checkout (or file) and {@code check} must finish in time (a quadratic scan or a pipe would hang it), say
 * what it found about that app in one line and why it could not check it, and never let one app end the check:
 * exit 1 (the snapshot has findings; anything not checked counts too), the stack's other results still reported.
 */
class HostileRailsTest {

    private static final String LINK_KEY = "210987654321/33333333-aaaa-4bbb-8ccc-000000000001";
    private static final String PRODUCTION_RB = "config/environments/production.rb";
    private static final String APPLICATION_RB = "config/application.rb";
    /** A clean verdict says nothing more: the line itself is the sentence. */
    private static final String CLEAN = "Log rotation of Billing: clean\n";
    private static final String DAILY = "Rails.logger = Logger.new('log/production.log', 'daily')\n";

    /** Lays out the app's code in {@code checkout}; returns what rails-links.json should say for the app. */
    interface Code {
        String make(Path checkout) throws IOException, InterruptedException;
    }

    record Case(String name, Code code, String status, List<String> sentence) {
        @Override
        public String toString() {
            return name;
        }
    }

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aHostileRailsCheckoutIsThatAppsVerdictInTime(Case hostile) throws Exception {
        Path snapshot = SnapshotFixture.copyInto(dir);
        Path checkout = dir.resolve("checkout");
        Files.createDirectories(checkout.resolve("config/environments"));
        String links = hostile.code().make(checkout);
        Path linksFile = CheckRun.directories(dir).railsLinksFile();
        Files.createDirectories(linksFile.getParent());
        if (!Files.exists(linksFile, LinkOption.NOFOLLOW_LINKS)) {
            Files.writeString(linksFile, links);
        }

        CheckRun run = CheckRun.of(dir, "--snapshot", snapshot.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(CheckCommand.FINDINGS);
        assertThat(run.out()).contains("rails-app1: pending; missing billing-metrics",
                "Log rotation of Billing: " + hostile.status() + "\n");
        assertThat(run.out()).contains(hostile.sentence());
        assertThat(run.out() + run.err()).doesNotContain("\u001b").doesNotContain("Exception");
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        // Hostile sizes: each must be linear, the watchdog fails the case if not.
        cases.add(new Case("17,000 if false without end", production("if false\n".repeat(17_000) + DAILY), "clean",
                List.of(CLEAN)));
        cases.add(new Case("12,000 dead blocks", production(("if false\n  " + DAILY + "end\n").repeat(12_000)),
                "clean", List.of(CLEAN)));
        cases.add(new Case("17,000 dead modifiers on one line", production("x = 1" + " if false".repeat(17_000)
                + "\n" + DAILY), "conflict", List.of("production.rb:2")));
        cases.add(new Case("17,000 Logger.new( that never close", production("Logger.new(\n".repeat(17_000)),
                "not checked", List.of("line 1: a Logger call that never closes or runs past 500 tokens")));
        cases.add(new Case("17,000 nested Logger.new(", production("Logger.new(".repeat(17_000) + "'x'"
                + ")".repeat(17_000) + "\n"), "not checked", List.of("runs past 500 tokens")));
        cases.add(new Case("50,000 nested do blocks", production("a do\n".repeat(50_000) + "end\n".repeat(50_000)
                + DAILY), "conflict", List.of("production.rb:100001")));
        cases.add(new Case("200 KB of live code", production("config.x = Logger.new(STDOUT)\n".repeat(7000)
                + DAILY), "conflict", List.of("production.rb:7001")));
        cases.add(new Case("an else after if false stays live", production("if false\nx = 1\nelse\n  " + DAILY
                + "end\n"), "conflict", List.of("production.rb:4")));
        // Lexing that stops: the line and why, never an exception.
        cases.add(new Case("a symbol quote that never closes", production(":\""), "not checked",
                List.of("production.rb, line 1: a symbol that never ends; the check could not read past it.")));
        cases.add(new Case("a symbol quote after code", production(DAILY + "x = :\"abc\n"), "conflict",
                List.of("production.rb, line 2: a symbol that never ends")));
        cases.add(new Case("a string that never ends", production("x = \"abc\n"), "not checked",
                List.of("line 1: a string that never ends")));
        cases.add(new Case("=begin without =end", production("=begin\n" + DAILY), "not checked",
                List.of("line 1: =begin without =end")));
        cases.add(new Case("a heredoc that never ends", production("x = <<~EOS\n" + DAILY), "not checked",
                List.of("a heredoc that never ends")));
        cases.add(new Case("a %-literal that never ends", production("x = %w(a b\n"), "not checked",
                List.of("line 1: a %-literal that never ends")));
        cases.add(new Case("a regexp that never ends", production("x = /abc\n"), "not checked",
                List.of("line 1: a regular expression that never ends")));
        cases.add(new Case("a lone backslash at the end", production("x = 1 \\"), "clean", List.of(CLEAN)));
        cases.add(new Case("a shift age that drives the terminal and forges a line",
                production("Logger.new('x.log', \"\u001b[2J\nNo findings.\" + s)\n"), "conflict",
                List.of("production.rb:1 A shift argument ('\\u001b[2J\\nNo findings.'+ s) is set")));
        // Files that are not what they seem.
        cases.add(new Case("production.rb a pipe", checkout -> {
            fifo(checkout.resolve(PRODUCTION_RB));
            return checkoutLink(checkout);
        }, "not checked", List.of("production.rb is not a regular file (a folder, pipe or device?).")));
        cases.add(new Case("production.rb /dev/zero", checkout -> {
            Files.createSymbolicLink(checkout.resolve(PRODUCTION_RB), Path.of("/dev/zero"));
            return checkoutLink(checkout);
        }, "not checked", List.of("production.rb is not a regular file")));
        cases.add(new Case("production.rb a folder", checkout -> {
            Files.createDirectory(checkout.resolve(PRODUCTION_RB));
            return checkoutLink(checkout);
        }, "not checked", List.of("is not a regular file")));
        cases.add(new Case("production.rb 2 MiB", production("#" + " ".repeat(2 << 20) + "\n"), "not checked",
                List.of("production.rb is too large: a Rails config file may be at most 1 MiB")));
        cases.add(new Case("production.rb not UTF-8", checkout -> {
            Files.write(checkout.resolve(PRODUCTION_RB), new byte[] {'x', ' ', '=', ' ', (byte) 0xFF, '\n'});
            return checkoutLink(checkout);
        }, "not checked", List.of("production.rb is not UTF-8 text")));
        cases.add(new Case("application.rb a loop of links", checkout -> {
            Files.writeString(checkout.resolve(PRODUCTION_RB), "x = 1\n");
            Files.createSymbolicLink(checkout.resolve(APPLICATION_RB), Path.of("loop.rb"));
            Files.createSymbolicLink(checkout.resolve("config/loop.rb"), Path.of("application.rb"));
            return checkoutLink(checkout);
        }, "not checked", List.of("Could not read config/application.rb", "application.rb cannot be opened")));
        cases.add(new Case("application.rb a dangling link", checkout -> {
            Files.writeString(checkout.resolve(PRODUCTION_RB), "x = 1\n");
            Files.createSymbolicLink(checkout.resolve(APPLICATION_RB), Path.of("gone.rb"));
            return checkoutLink(checkout);
        }, "not checked", List.of("application.rb is a link that leads nowhere")));
        cases.add(new Case("the checkout gone", checkout -> checkoutLink(checkout.resolveSibling("gone")),
                "not checked", List.of("is not a folder (moved or unmounted?)")));
        cases.add(new Case("no production.rb", HostileRailsTest::checkoutLink, "not checked",
                List.of("config/environments/production.rb is not in checkout")));
        cases.add(new Case("an environment file near the root of the disk", checkout -> {
            Path top = Files.createTempFile(Path.of(System.getProperty("java.io.tmpdir")), "hostile", ".rb");
            top.toFile().deleteOnExit();
            Files.writeString(top, DAILY);
            return link("file", top);
        }, "conflict", List.of("production.rb:1 Ruby's Logger renames the file at the end of each day")));
        cases.add(new Case("rails-links.json a pipe", checkout -> {
            Path links = CheckRun.directories(checkout.getParent()).railsLinksFile();
            Files.createDirectories(links.getParent());
            fifo(links);
            return "";
        }, "not checked", List.of("No Rails code is linked to this app")));
        cases.add(new Case("rails-links.json with the app twice", checkout -> {
            Files.writeString(checkout.resolve(PRODUCTION_RB), DAILY);
            return "{\"" + LINK_KEY + "\": {\"kind\": \"checkout\", \"path\": \"/nowhere\"}, " + checkoutLink(checkout)
                    .substring(1);
        }, "not checked", List.of("No Rails code is linked to this app")));
        cases.add(new Case("rails-links.json with a number as path", checkout -> "{\"" + LINK_KEY
                + "\": {\"kind\": \"checkout\", \"path\": 7}}", "not checked",
                List.of("No Rails code is linked to this app")));
        return cases.stream();
    }

    private static Code production(String source) {
        return checkout -> {
            Files.writeString(checkout.resolve(PRODUCTION_RB), source);
            return checkoutLink(checkout);
        };
    }

    private static String checkoutLink(Path checkout) {
        return link("checkout", checkout);
    }

    private static String link(String kind, Path path) {
        return "{\"" + LINK_KEY + "\": {\"kind\": \"" + kind + "\", \"path\": \"" + path + "\"}}";
    }

    private static void fifo(Path file) throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start();
        if (mkfifo.waitFor() != 0) {
            throw new UncheckedIOException(new IOException("mkfifo failed"));
        }
    }
}
