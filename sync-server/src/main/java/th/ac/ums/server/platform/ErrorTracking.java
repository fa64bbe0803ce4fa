package th.ac.ums.server.platform;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import io.sentry.Sentry;
import io.sentry.SentryEvent;
import io.sentry.SentryOptions;
import io.sentry.logback.SentryAppender;
import io.sentry.protocol.Message;
import io.sentry.protocol.SentryException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Error tracking with Sentry, off unless {@code SENTRY_DSN} is set: every ERROR logged by the
 * server becomes a Sentry event tagged with its request id (the {@code X-Request-Id} the client
 * saw), and nothing else about the request. Before an event leaves, its message and exception texts
 * lose e-mail addresses, bearer tokens and JWTs, password/secret/code values and 13-digit citizen
 * ids; user, request, breadcrumbs, extras and the rest of the MDC are dropped. Optional:
 * {@code SENTRY_ENVIRONMENT} (e.g. production).
 */
public final class ErrorTracking implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorTracking.class);
    private static final String APPENDER = "SENTRY";
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    private static final Pattern BEARER = Pattern.compile("(?i)bearer\\s+\\S+");
    private static final Pattern SECRET = Pattern.compile(
            "(?i)(password|passwd|secret|token|otp|code|recoveryCode)(\"?\\s*[:=]\\s*\"?)[^\\s\",})\\];&]+");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern CITIZEN_ID = Pattern.compile("(?<!\\d)\\d{13}(?!\\d)");

    private final SentryAppender appender;

    private ErrorTracking(SentryAppender appender) {
        this.appender = appender;
    }

    /** Starts error tracking when the environment names a DSN; empty (and nothing started) otherwise. */
    public static Optional<ErrorTracking> install(Map<String, String> env, String release) {
        String dsn = env.get("SENTRY_DSN");
        if (dsn == null || dsn.isBlank()) {
            return Optional.empty();
        }
        SentryOptions options = new SentryOptions();
        options.setDsn(dsn.strip());
        options.setRelease("ums-sync-server@" + release);
        options.setEnvironment(env.getOrDefault("SENTRY_ENVIRONMENT", "production"));
        options.setSendDefaultPii(false);
        options.addContextTag(RequestIds.MDC_KEY);
        options.setBeforeSend((event, hint) -> scrub(event));
        options.setBeforeBreadcrumb((breadcrumb, hint) -> null);
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        SentryAppender appender = new SentryAppender();
        appender.setName(APPENDER);
        appender.setContext(context);
        appender.setOptions(options);
        appender.setMinimumEventLevel(Level.ERROR);
        appender.setMinimumBreadcrumbLevel(Level.OFF);
        appender.start();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(appender);
        LOG.info("error tracking on: errors go to Sentry ({})", options.getEnvironment());
        return Optional.of(new ErrorTracking(appender));
    }

    /** Sends what is queued (tests; shutdown). */
    public void flush() {
        Sentry.flush(5_000);
    }

    @Override
    public void close() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(appender);
        appender.stop();
        Sentry.close();
    }

    /** The event as it may leave: the request id, the level, the logger, scrubbed texts, the stack. */
    static SentryEvent scrub(SentryEvent event) {
        event.setUser(null);
        event.setRequest(null);
        event.setBreadcrumbs(null);
        event.setExtras(null);
        Object mdc = event.getContexts().get("MDC");
        event.getContexts().remove("MDC");
        if (mdc instanceof Map<?, ?> values && values.get(RequestIds.MDC_KEY) != null) {
            event.setTag(RequestIds.MDC_KEY, String.valueOf(values.get(RequestIds.MDC_KEY)));
        }
        if (event.getTags() != null) {
            event.getTags().keySet().removeIf(k -> !k.equals(RequestIds.MDC_KEY) && !k.equals("level"));
        }
        Message m = event.getMessage();
        if (m != null) {
            m.setFormatted(scrub(m.getFormatted()));
            m.setMessage(scrub(m.getMessage()));
            m.setParams(null);
        }
        if (event.getExceptions() != null) {
            for (SentryException e : event.getExceptions()) {
                e.setValue(scrub(e.getValue()));
            }
        }
        return event;
    }

    /** A text without e-mail addresses, tokens, secrets' values or citizen ids. */
    static String scrub(String text) {
        if (text == null) {
            return null;
        }
        String s = JWT.matcher(text).replaceAll("[token]");
        s = BEARER.matcher(s).replaceAll("Bearer [token]");
        s = SECRET.matcher(s).replaceAll("$1$2[redacted]");
        s = EMAIL.matcher(s).replaceAll("[email]");
        return CITIZEN_ID.matcher(s).replaceAll("[id]");
    }
}
