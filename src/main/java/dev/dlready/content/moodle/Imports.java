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

/** What both formats share: the size limit, bounded reading, UTF-8 decoding, and running the mappers. */
final class Imports {

    private Imports() {}

    static byte[] readBounded(InputStream in, int maxBytes) throws IOException {
        return in.readNBytes(maxBytes + 1);
    }

    static FileProblem tooLarge(long size, int maxBytes) {
        return new FileProblem(0, "the file is larger than " + megabytes(maxBytes) + " (the import limit)"
                + (size > maxBytes + 1 ? "; it has " + megabytes(size) : "")
                + ". Export fewer questions at a time, e.g. one category per file");
    }

    private static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024);
        return String.format(Locale.ROOT, mb >= 10 || mb == Math.rint(mb) ? "%.0f MB" : "%.1f MB", mb);
    }

    /** Decodes strict UTF-8 (a leading byte-order mark is dropped); a bad byte is reported with its line. */
    static Object decodeUtf8(byte[] data) {
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
            return new FileProblem(line, "the file is not UTF-8 text (byte " + (in.position() + 1) + "); save it as "
                    + "UTF-8, as Moodle exports it");
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
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
