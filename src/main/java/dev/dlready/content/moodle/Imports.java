package dev.dlready.content.moodle;

import dev.dlready.question.Question;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** What both formats share: the size limit, bounded reading, UTF-8 decoding, and running the mappers. */
final class Imports {

    private Imports() {}

    static byte[] readBounded(InputStream in, int maxBytes) throws IOException {
        return in.readNBytes(maxBytes + 1);
    }

    /** {@code size} is the bytes read; one more than the limit means "at least that many" (a stream cut short). */
    static FileProblem tooLarge(long size, int maxBytes) {
        String limit = megabytes(maxBytes) + " (" + String.format(Locale.ROOT, "%,d", maxBytes) + " bytes)";
        return new FileProblem(0, (size > maxBytes + 1
                        ? "the file has " + String.format(Locale.ROOT, "%,d", size) + " bytes, more than"
                        : "the file is larger than")
                + " the import limit of " + limit + ". Export fewer questions at a time, e.g. one category per file");
    }

    private static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024);
        return String.format(Locale.ROOT, mb == Math.rint(mb) ? "%.0f MB" : "%.1f MB", mb);
    }

    /** Text, or why the bytes are not UTF-8. */
    record Decoded(String text, @Nullable FileProblem problem) {}

    /** Decodes strict UTF-8 (a leading byte-order mark is dropped); a bad byte is reported with its line. */
    static Decoded decodeUtf8(byte[] data) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(data);
        CharBuffer out = CharBuffer.allocate(data.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (data[i] == '\n') {
                    line++;
                }
            }
            return new Decoded("", new FileProblem(line, "the file is not UTF-8 text (byte " + (in.position() + 1)
                    + "); save it as UTF-8, as Moodle exports it"));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return new Decoded(text.startsWith("\uFEFF") ? text.substring(1) : text, null);
    }

    static ImportResult map(List<MoodleQuestion> questions, ImportSettings settings) {
        if (questions.isEmpty()) {
            return ImportResult.refused(new FileProblem(0, "the file contains no questions"));
        }
        var mapper = new ToDlReady(settings);
        var items = new ArrayList<ImportedQuestion>();
        questions.forEach(q -> items.add(mapper.convert(q)));
        return new ImportResult(items, List.of());
    }

    static ExportResult export(
            List<Question> questions, boolean gift, Function<List<MoodleQuestion>, String> writer,
            List<ExportNote> notes) {
        var from = new FromDlReady(gift, notes);
        var converted = questions.stream().map(from::convert).filter(Objects::nonNull).toList();
        String text = writer.apply(converted);
        return new ExportResult(text, converted.size(), notes);
    }
}
