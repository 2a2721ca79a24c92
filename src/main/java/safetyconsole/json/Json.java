package safetyconsole.json;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one shared (thread-safe) ObjectMapper, created on first use: building it loads hundreds of classes,
 * which a start that reads no JSON should not pay for.
 */
public final class Json {

    private Json() {
    }

    public static ObjectMapper mapper() {
        return Holder.MAPPER;
    }

    private static final class Holder {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
}
