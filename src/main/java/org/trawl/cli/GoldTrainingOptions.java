package org.trawl.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.trawl.eval.GoldDocument;
import org.trawl.eval.GoldReader;
import org.trawl.json.Json;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options of the training commands that learn from gold documents ({@code train relations},
 * {@code train in-domain}): the gold files (the first cross-validated), the output folder and the folds.
 */
final class GoldTrainingOptions {

    /** re3d-dev, where the shared data lives beside the project. */
    static final Path RE3D_DEV = Path.of("../shared/data/re3d/re3d-dev.jsonl");
    /** trawl's own annotated corpus. */
    static final Path ANNOTATED = Path.of("models/training/relations/gmb-relations.jsonl");

    @Option(names = "--gold", paramLabel = "FILE",
            description = "gold files; the first is cross-validated (default: ../shared/data/re3d/re3d-dev.jsonl"
                    + " and models/training/relations/gmb-relations.jsonl)")
    List<Path> gold;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "models",
            description = "folder to write the model to (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "5", description = "cross-validation folds (default: ${DEFAULT-VALUE})")
    int folds;

    /** The gold files given, else re3d-dev and the annotated corpus. */
    List<Path> files() {
        return gold == null ? List.of(RE3D_DEV, ANNOTATED) : gold;
    }

    /** The documents of each gold file given (see {@link #files()}), in order, as {@link #read} reads them. */
    List<List<GoldDocument>> documents(CommandLine.Model.CommandSpec spec) {
        return read(spec, files());
    }

    /**
     * The documents of each gold file, in order; a file missing or unreadable is a usage error of
     * {@code spec}'s command, naming it.
     */
    static List<List<GoldDocument>> read(CommandLine.Model.CommandSpec spec, List<Path> files) {
        List<List<GoldDocument>> out = new ArrayList<>();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such gold file: " + f);
            }
            try {
                out.add(GoldReader.read(f));
            } catch (IOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "cannot read gold file " + e.getMessage());
            }
        }
        return out;
    }

    /** A training report's {@code data}: each gold file's name, its documents and whether it was cross-validated. */
    static ArrayNode json(List<Path> files, List<List<GoldDocument>> docs) {
        ArrayNode data = Json.MAPPER.createArrayNode();
        for (int i = 0; i < files.size(); i++) {
            data.addObject().put("file", files.get(i).getFileName().toString()).put("documents", docs.get(i).size())
                    .put("cross_validated", i == 0);
        }
        return data;
    }
}
