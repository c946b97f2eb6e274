package org.trawl.cli;

import picocli.CommandLine.Option;

/** The {@code --cutoff} of the training commands: the minimum feature count, unless given the recipe's. */
final class CutoffOption {

    @Option(names = "--cutoff", paramLabel = "N", description = "minimum feature count (default: the recipe's)")
    Integer cutoff;

    /** The cutoff given, else the recipe's. */
    int orRecipe(int recipe) {
        return cutoff == null ? recipe : cutoff;
    }
}
