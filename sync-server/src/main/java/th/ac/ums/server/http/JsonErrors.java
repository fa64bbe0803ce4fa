package th.ac.ums.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.stream.Collectors;

/** Explains JSON binding failures as field errors, without echoing parser internals. */
final class JsonErrors {
    private JsonErrors() {
    }

    static ApiException translate(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return ApiException.invalid(path(unknown, unknown.getPropertyName()), "is not a known field");
        }
        if (e instanceof StreamConstraintsException) {
            return ApiException.badRequest("The JSON body is nested too deeply or holds a value that is too long.");
        }
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            JsonMappingException mapping = (JsonMappingException) e;
            String field = path(mapping, null);
            if (!field.isEmpty()) {
                Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
                return ApiException.invalid(field, "must be " + describe(target));
            }
            return ApiException.badRequest("The request body must be a JSON object of the documented shape.");
        }
        return ApiException.badRequest("The request body is not valid JSON.");
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

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of the documented type";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
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
