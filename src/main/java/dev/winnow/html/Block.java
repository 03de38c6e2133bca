package dev.winnow.html;

/** One block of extracted content. */
public record Block(String text, BlockKind kind, double linkDensity, int depth) {}
