package org.trawl.cli;

import java.nio.file.Path;
import java.util.List;
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
}
