package dev.winnow.io;

import dev.winnow.document.Document;
import dev.winnow.document.Markup;
import dev.winnow.html.HtmlExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.Locale;

/**
 * Reads an {@link Input} into a {@link Document}: bytes from the file or standard input, format
 * (text or HTML) by option, extension or sniffing, charset by {@link Decoder}, then for text the
 * removal of stray markup ({@link Markup}) and for HTML the extraction of the main content, one
 * block per line. Thread-safe.
 */
public final class DocumentReader {
  private final InputFormat format;
  private final Charset charset;
  private final boolean keepMarkup;
  private final HtmlExtractor html;
  private final InputStream stdin;
  private final boolean title;

  /**
   * @param format     the input format, or AUTO
   * @param charset    a forced charset, or null to detect
   * @param keepMarkup true to leave tags and entities in text input as they are
   * @param html       the HTML extractor
   * @param stdin      the stream standing for "-"
   */
  public DocumentReader(
      InputFormat format, Charset charset, boolean keepMarkup, HtmlExtractor html, InputStream stdin) {
    this.format = format;
    this.charset = charset;
    this.keepMarkup = keepMarkup;
    this.html = html;
    this.stdin = stdin;
    this.title = false;
  }

  private DocumentReader(DocumentReader r, boolean title) {
    this.format = r.format;
    this.charset = r.charset;
    this.keepMarkup = r.keepMarkup;
    this.html = r.html;
    this.stdin = r.stdin;
    this.title = title;
  }

  /** A reader that, for HTML input, puts the page title on the first line. */
  public DocumentReader withTitle(boolean title) {
    return new DocumentReader(this, title);
  }

  /** The document read from an input, and which format it was read as. */
  public record Read(Document document, InputFormat format) {}

  /**
   * Reads one input.
   *
   * @throws IOException                     when the bytes cannot be read
   * @throws Decoder.BinaryContentException  when the content is not text
   */
  public Read read(Input in) throws IOException, Decoder.BinaryContentException {
    byte[] bytes = in.isStdin() ? stdin.readAllBytes() : Files.readAllBytes(in.file());
    return read(in.displayName(), bytes);
  }

  /** Reads bytes that came from the source named {@code name}. */
  public Read read(String name, byte[] bytes) throws Decoder.BinaryContentException {
    InputFormat f = format == InputFormat.AUTO ? detect(name, bytes) : format;
    if (f == InputFormat.HTML) {
      if (Decoder.looksBinary(bytes)) {
        throw new Decoder.BinaryContentException("binary content (NUL or control bytes)");
      }
      dev.winnow.html.ExtractedPage page = html.extract(bytes, "");
      String text = page.text();
      if (!text.isEmpty() && !text.endsWith("\n")) {
        text += "\n"; // one block per line, each line ended, like a text file
      }
      if (title && page.title() != null && !page.title().isBlank()) {
        text = page.title().strip() + "\n" + text;
      }
      return new Read(Document.of(name, text), f);
    }
    Decoded d = Decoder.decode(bytes, charset);
    String text = keepMarkup ? d.text() : Markup.strip(d.text());
    return new Read(Document.of(name, text), InputFormat.TEXT);
  }

  /** The format of an input by its name, then by its first bytes. */
  public static InputFormat detect(String name, byte[] bytes) {
    String ext = org.apache.commons.io.FilenameUtils.getExtension(name).toLowerCase(Locale.ROOT);
    if (ext.equals("html") || ext.equals("htm") || ext.equals("xhtml")) {
      return InputFormat.HTML;
    }
    if (ext.equals("txt") || ext.equals("text")) {
      return InputFormat.TEXT;
    }
    return HtmlExtractor.looksLikeHtml(bytes) ? InputFormat.HTML : InputFormat.TEXT;
  }
}
