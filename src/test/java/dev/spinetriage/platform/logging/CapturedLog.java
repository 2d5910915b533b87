package dev.spinetriage.platform.logging;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Every record logged at INFO or above while it is open, as the service's own handlers receive it: installed on the
 * root logger of the log manager Quarkus uses. The MDC's request id is read when the record is published, on the
 * thread that logged it, which is what the console and JSON formatters do too.
 */
public final class CapturedLog extends Handler implements AutoCloseable {

    public record Line(Level level, String logger, String message, String requestId) {
    }

    private final List<Line> lines = new CopyOnWriteArrayList<>();

    private CapturedLog() {
        setLevel(Level.INFO);
    }

    public static CapturedLog open() {
        CapturedLog log = new CapturedLog();
        Logger.getLogger("").addHandler(log);
        return log;
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
        String requestId = record instanceof ExtLogRecord ext ? ext.getMdc("requestId") : null;
        if (record.getThrown() != null) {
            message = message + " " + record.getThrown();
        }
        lines.add(new Line(record.getLevel(), record.getLoggerName(), message, requestId));
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
