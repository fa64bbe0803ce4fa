package th.ac.ums.server.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.stream.Collectors;
import th.ac.ums.model.validation.Rules;
import th.ac.ums.server.domain.Refusal;

/**
 * Explains JSON binding failures as field errors that say what was expected in words ("must be a
 * date YYYY-MM-DD", "must be a whole number"), without echoing parser internals.
 */
final class JsonErrors {
    private JsonErrors() {
    }

    static Refusal translate(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return Refusal.invalid(path(unknown, unknown.getPropertyName()), "is not a known field");
        }
        if (e instanceof StreamConstraintsException) {
            return Refusal.badRequest("The JSON body is nested too deeply or holds a value that is too long.");
        }
        if (e instanceof InputCoercionException number) {
            return atParser(number, "must be " + range(number.getTargetType()));
        }
        if (e instanceof JsonMappingException wrapped && wrapped.getCause() instanceof InputCoercionException number
                && !path(wrapped, null).isEmpty()) {
            return Refusal.invalid(path(wrapped, null), "must be " + range(number.getTargetType()));
        }
        if (e instanceof StreamReadException read && String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")) {
            return atParser(read, "is given more than once");
        }
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            JsonMappingException mapping = (JsonMappingException) e;
            String field = path(mapping, null);
            if (!field.isEmpty()) {
                Class<?> target = ((MismatchedInputException) e).getTargetType();
                return Refusal.invalid(field, "must be " + describe(target));
            }
            return Refusal.badRequest("The request body must be a JSON object of the documented shape.");
        }
        return Refusal.badRequest("The request body is not valid JSON.");
    }

    /** A field error at the parser's current position, or a plain 400 when there is none. */
    private static Refusal atParser(StreamReadException e, String message) {
        if (!(e.getProcessor() instanceof JsonParser parser)) {
            return Refusal.badRequest("The request body is not valid JSON.");
        }
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.addFirst(c.getCurrentName());
            } else if (c.inArray()) {
                parts.addFirst("[" + Math.max(0, c.getCurrentIndex()) + "]");
            }
        }
        String field = String.join(".", parts).replace(".[", "[");
        return field.isEmpty() ? Refusal.badRequest("The request body is not valid JSON.")
                : Refusal.invalid(field, message);
    }

    private static String path(JsonMappingException e, String last) {
        String prefix = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .filter(s -> last == null || !s.equals(last))
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        if (last == null) {
            return prefix;
        }
        return prefix.isEmpty() ? last : prefix + "." + last;
    }

    private static String range(Class<?> type) {
        if (type == Integer.class || type == int.class) {
            return "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == Long.class || type == long.class) {
            return "a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        return describe(type) + " within its range";
    }

    static String describe(Class<?> type) {
        if (type == null) {
            return "of the documented type";
        }
        if (type == String.class) {
            return "a string of valid Unicode text";
        }
        if (type == LocalDate.class) {
            return "a date YYYY-MM-DD from " + Rules.EARLIEST_DATE + " to " + Rules.LATEST_DATE;
        }
        if (type == Instant.class) {
            return "a timestamp such as 2026-08-03T09:30:00Z, from " + Rules.EARLIEST_DATE.getYear() + " to "
                    + Rules.LATEST_DATE.getYear();
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class
                || type == Short.class || type == short.class) {
            return "a whole number";
        }
        if (type == BigDecimal.class || Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return "an object";
    }
}
