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
            return atParser(number, number.getTargetType());
        }
        if (e instanceof JsonMappingException wrapped && wrapped.getCause() instanceof InputCoercionException number
                && !path(wrapped, null).isEmpty()) {
            String field = path(wrapped, null);
            return Refusal.invalid(field, "must be " + range(number.getTargetType(), field));
        }
        if (e instanceof StreamReadException read && String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")) {
            return atParser(read, "is given more than once");
        }
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            JsonMappingException mapping = (JsonMappingException) e;
            String field = path(mapping, null);
            if (!field.isEmpty()) {
                Class<?> target = ((MismatchedInputException) e).getTargetType();
                if (e instanceof InvalidFormatException && target == String.class) {
                    return Refusal.invalid(field, "must be a string of valid Unicode text");   // a lone surrogate
                }
                return Refusal.invalid(field, "must be " + describe(target, field));
            }
            return body("must be a JSON object of the documented shape");
        }
        return body("is not valid JSON");
    }

    /** A 400 about the body as a whole: a field error on "" (docs/api.md, Errors). */
    static Refusal body(String message) {
        return Refusal.badRequest("The request body " + message + ".");
    }

    /** A number out of range, named at the parser's current position. */
    private static Refusal atParser(InputCoercionException e, Class<?> target) {
        if (!(e.getProcessor() instanceof JsonParser parser)) {
            return body("is not valid JSON");
        }
        String field = fieldAt(parser);
        return field.isEmpty() ? body("is not valid JSON") : Refusal.invalid(field, "must be " + range(target, field));
    }

    /** A field error at the parser's current position, or a body error when there is none. */
    private static Refusal atParser(StreamReadException e, String message) {
        if (!(e.getProcessor() instanceof JsonParser parser)) {
            return body("is not valid JSON");
        }
        String field = fieldAt(parser);
        return field.isEmpty() ? body("is not valid JSON") : Refusal.invalid(field, message);
    }

    private static String fieldAt(JsonParser parser) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.addFirst(c.getCurrentName());
            } else if (c.inArray()) {
                parts.addFirst("[" + Math.max(0, c.getCurrentIndex()) + "]");
            }
        }
        return String.join(".", parts).replace(".[", "[");
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

    private static String range(Class<?> type, String field) {
        if (isId(field) && isWhole(type)) {
            return "a positive whole number";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == Long.class || type == long.class) {
            return "a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        return describe(type, field) + " within its range";
    }

    /** Ids are named id or somethingId (invoiceId, studentId); money fields amount or somethingAmount. */
    private static boolean isId(String field) {
        String last = lastName(field);
        return last.equals("id") || last.endsWith("Id");
    }

    private static boolean isMoney(String field) {
        String last = lastName(field);
        return last.equals("amount") || last.endsWith("Amount");
    }

    private static String lastName(String field) {
        String last = field == null ? "" : field.substring(field.lastIndexOf('.') + 1);
        int bracket = last.indexOf('[');
        return bracket < 0 ? last : last.substring(0, bracket);
    }

    private static boolean isWhole(Class<?> type) {
        return type == Long.class || type == long.class || type == Integer.class || type == int.class
                || type == Short.class || type == short.class;
    }

    /** The expected type in words, for the field named {@code field} (money and ids have their own words). */
    static String describe(Class<?> type, String field) {
        if (type == null) {
            return "of the documented type";
        }
        if (type == String.class) {
            return isMoney(field) ? "a string of money like \"1500.00\"" : "text";
        }
        if (isWhole(type) && isId(field)) {
            return "a positive whole number";
        }
        if (type == LocalDate.class) {
            return "a date YYYY-MM-DD from " + Rules.EARLIEST_DATE + " to " + Rules.LATEST_DATE;
        }
        if (type == Instant.class) {
            return "a timestamp such as 2026-08-03T09:30:00Z, from " + Rules.EARLIEST_DATE.getYear() + " to "
                    + Rules.LATEST_DATE.getYear();
        }
        if (isWhole(type)) {
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
