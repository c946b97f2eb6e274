package org.trawl.json.mapper;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The one Jackson configuration trawl reads and writes JSON with: the CLI's {@code --json} outputs and
 * {@code extract} lines, the web API, network exports, the correction log, gold files and model reports.
 * Compact output (pretty printing is asked for where wanted), and a stream written to is left open for
 * its owner to close. In a package of its own below every other, so that any package may use it.
 */
public final class SharedMapper {

    /** The mapper; thread-safe once configured, as Jackson's mappers are. */
    public static final ObjectMapper INSTANCE = new ObjectMapper()
            .disable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.CLOSE_CLOSEABLE)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private SharedMapper() {
    }
}
