package communitysim.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads a scenario file's text, refusing what is not a reasonably sized UTF-8 text file. */
final class SourceFile {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    private SourceFile() {}

    static String read(Path file, String source) throws ScenarioException {
        if (!Files.exists(file)) throw fail(source, 0, "file not found");
        if (Files.isDirectory(file)) throw fail(source, 0, "is a directory, not a scenario file");
        // Devices and pipes can be endless (/dev/zero) or block forever.
        if (!Files.isRegularFile(file)) throw fail(source, 0, "is not a regular file");
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) throw tooLarge(source);
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(MAX_BYTES + 1); // the file may have grown since size()
            }
        } catch (AccessDeniedException e) {
            throw fail(source, 0, "cannot be read: permission denied");
        } catch (IOException e) {
            throw fail(source, 0, "cannot be read: " + e.getMessage());
        }
        if (bytes.length > MAX_BYTES) throw tooLarge(source);
        return text(bytes, source);
    }

    private static String text(byte[] bytes, String source) throws ScenarioException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw fail(source, 0, "is not a text file (it is not valid UTF-8)");
        }
        return check(text, source);
    }

    /** The checks a file's decoded text passes: a byte order mark dropped, no control characters, not too large. */
    static String check(String text, String source) throws ScenarioException {
        if (text.length() > MAX_BYTES) throw tooLarge(source);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') line++;
            if (isControl(c)) {
                throw fail(source, line, String.format("is not a text file (it holds control character U+%04X)", (int) c));
            }
        }
        return text;
    }

    /** Control characters other than tab and line breaks; YAML forbids them, and they mark binary data. */
    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F && c != 0x85);
    }

    private static ScenarioException tooLarge(String source) {
        return fail(source, 0, "is too large (the limit is " + MAX_BYTES / (1024 * 1024) + " MB)");
    }

    private static ScenarioException fail(String source, int line, String message) {
        return new ScenarioException(List.of(new Problem(source, line, "", message)));
    }
}
