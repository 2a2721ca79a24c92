package safetyconsole;

import java.nio.file.Path;
import java.util.Optional;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;

import safetyconsole.settings.AppDirectories;

/**
 * Logging set up in code (found through logback's Configurator service): to the log file {@code AppDirectories}
 * names, rolled at 5 MB with 5 old files kept, and to standard error unless the launcher says otherwise (the
 * {@code check} command prints one sentence per failure; its traces belong in the file). No XML configuration to
 * parse at every start. Tests keep their own logback-test.xml.
 */
public final class LoggingConfigurator extends ContextAwareBase implements Configurator {

    /** The log file's path, set by the launcher before the first logger exists. */
    public static final String LOG_FILE_PROPERTY = "safetyconsole.logFile";
    /** {@code false}: nothing is logged to standard error (set by the launcher before the first logger exists). */
    public static final String CONSOLE_PROPERTY = "safetyconsole.logToConsole";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (LoggingConfigurator.class.getResource("/logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        Path logFile = Optional.ofNullable(System.getProperty(LOG_FILE_PROPERTY)).map(Path::of)
                .orElseGet(LoggingConfigurator::temporaryLogFile);
        boolean toConsole = !"false".equals(System.getProperty(CONSOLE_PROPERTY));
        attach(context, logFile, toConsole);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** The root logger at INFO to {@code logFile}, and to standard error when {@code toConsole}. */
    static void attach(LoggerContext context, Path logFile, boolean toConsole) {
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        if (toConsole) {
            root.addAppender(console(context));
        }
        root.addAppender(file(context, logFile));
    }

    private static Appender<ILoggingEvent> console(LoggerContext context) {
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("CONSOLE");
        // Standard error: standard output belongs to the check command's report.
        console.setTarget("System.err");
        console.setEncoder(encoder(context, "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{30} - %msg%n"));
        console.start();
        return console;
    }

    /** Started some other way than through the launcher: the log goes to the temporary folder. */
    private static Path temporaryLogFile() {
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), "opsworks-safety-console");
        return new AppDirectories(folder, folder, folder).logFile();
    }

    private static Appender<ILoggingEvent> file(LoggerContext context, Path logFile) {
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(logFile.toString());
        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(file);
        String rolledName = logFile.getFileName().toString().replaceFirst("\\.log$", "") + ".%i.log";
        rolling.setFileNamePattern(logFile.resolveSibling(rolledName).toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(5);
        rolling.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf("5MB"));
        trigger.start();
        file.setRollingPolicy(rolling);
        file.setTriggeringPolicy(trigger);
        file.setEncoder(encoder(context, "%d{ISO8601} %-5level [%thread] %logger - %msg%n"));
        file.start();
        return file;
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }
}
