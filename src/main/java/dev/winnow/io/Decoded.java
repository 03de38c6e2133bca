package dev.winnow.io;

import java.nio.charset.Charset;

/**
 * Text decoded from bytes, with how it was decoded.
 *
 * @param text    the text, BOM removed
 * @param charset the charset used
 * @param how     how the charset was chosen: "bom", "utf-8", "detected" or "fallback"
 */
public record Decoded(String text, Charset charset, String how) {}
