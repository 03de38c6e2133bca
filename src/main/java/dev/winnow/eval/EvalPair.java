package dev.winnow.eval;

import java.nio.file.Path;

/**
 * A raw input with its gold cleaned text.
 *
 * @param name a short name for reports (path below the dataset root)
 * @param raw  the raw file
 * @param gold the gold file
 */
public record EvalPair(String name, Path raw, Path gold) {}
