package safetyconsole.json;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one shared (thread-safe) ObjectMapper, created on first use: building it loads hundreds of classes,
 * which a start that reads no JSON should not pay for. It is strict because every file it reads may come from
 * elsewhere: content after the first document and a key given twice are errors, never silently dropped or
 * resolved to the last value (a second "Tags" could otherwise turn a production stack into a development one).
 */
public final class Json {

    private Json() {
    }

    public static ObjectMapper mapper() {
        return Holder.MAPPER;
    }

    private static final class Holder {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }
}
