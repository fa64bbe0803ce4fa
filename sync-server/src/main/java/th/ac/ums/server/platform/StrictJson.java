package th.ac.ums.server.platform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import th.ac.ums.model.validation.Rules;
import th.ac.ums.model.validation.TextForm;
import th.ac.ums.model.validation.UnicodeText;

/**
 * What a request body may hold, and nothing Jackson would otherwise quietly reinterpret: text is
 * well-formed Unicode (a lone surrogate such as {@code "\ud800"} would be stored as {@code ?});
 * a date is a {@code YYYY-MM-DD} string of a real day from 1900 to 2199 (never a number of days or
 * an array; year 0000 could be stored but not read back); a timestamp is an ISO-8601 string in the
 * same years; a number is never taken from a string, a fraction or a boolean,
 * and text never from a number or a boolean. Each refusal names the field and the expected type
 * ({@link JsonErrors}).
 */
final class StrictJson {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private StrictJson() {
    }

    static void apply(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("strict-json");
        module.addDeserializer(String.class, new Text());
        module.addDeserializer(LocalDate.class, new Date());
        module.addDeserializer(Instant.class, new Timestamp());
        mapper.registerModule(module);
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }

    /** Fields whose text is compared as typed (a password is never rewritten). */
    private static final java.util.Set<String> AS_TYPED = java.util.Set.of("password", "currentPassword",
            "newPassword");

    /** Text: a JSON string of well-formed Unicode, in the one normal form ({@link TextForm}). */
    static final class Text extends StdScalarDeserializer<String> {
        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (String) ctx.handleUnexpectedToken(String.class, p);
            }
            String text = p.getText();
            if (!UnicodeText.isWellFormed(text)) {
                return (String) ctx.handleWeirdStringValue(String.class, "[invalid Unicode]",
                        "must be valid Unicode text (a lone surrogate such as \\ud800 is not)");
            }
            String field = p.currentName();   // null for an element of a list
            return field != null && AS_TYPED.contains(field) ? text : TextForm.normalize(text);
        }
    }

    /** A calendar date: a JSON string YYYY-MM-DD naming a real day. */
    static final class Date extends StdScalarDeserializer<LocalDate> {
        Date() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctx.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText();
            try {
                if (text.matches("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")) {
                    LocalDate date = LocalDate.parse(text, DATE);
                    if (Rules.plausible(date)) {
                        return date;
                    }
                }
            } catch (DateTimeParseException e) {
                // falls through to the refusal below
            }
            return (LocalDate) ctx.handleWeirdStringValue(LocalDate.class, clip(text), "not a date");
        }
    }

    /** A moment: a JSON string in ISO-8601 with Z or an offset (2026-08-03T09:30:00Z). */
    static final class Timestamp extends StdScalarDeserializer<Instant> {
        Timestamp() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (Instant) ctx.handleUnexpectedToken(Instant.class, p);
            }
            String text = p.getText();
            try {
                Instant instant = DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text, Instant::from);
                if (Rules.plausible(LocalDate.ofInstant(instant, java.time.ZoneOffset.UTC))) {
                    return instant;
                }
            } catch (java.time.DateTimeException e) {
                // falls through to the refusal below
            }
            return (Instant) ctx.handleWeirdStringValue(Instant.class, clip(text), "not a timestamp");
        }
    }

    private static String clip(String text) {
        return text.length() > 40 ? text.substring(0, 40) : text;
    }
}
