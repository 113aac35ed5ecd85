package communitysim.scenario;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * SnakeYAML's character reader over a text already in memory, in linear time. SnakeYAML's own
 * reader keeps a window of the stream and copies all of it each time it reads 1,024 more
 * characters, so a token as long as the file (a comment line, a long string or key) took time
 * quadratic in its length: 16 s to read an 8 MB comment, minutes for 9 MB. A scenario file is at
 * most {@link SourceFile#MAX_BYTES} and is read whole anyway, so this reader indexes the whole
 * text's code points instead; positions, line and column counting follow SnakeYAML's reader.
 */
final class WholeTextReader extends StreamReader {
    private final int[] codePoints;
    private int pointer;
    private int index;
    private int documentIndex;
    private int line;
    private int column;
    /** The first character YAML does not allow, or -1; reported on the first read, as SnakeYAML does. */
    private int special = -1;

    WholeTextReader(String text) {
        super("");
        codePoints = text.codePoints().toArray();
        for (int i = 0; i < codePoints.length && special < 0; i++) if (!isPrintable(codePoints[i])) special = i;
    }

    private void refuseSpecial() {
        if (special >= 0) throw new ReaderException("'reader'", special, codePoints[special], "special characters are not allowed");
    }

    @Override
    public Mark getMark() {
        return new Mark("'reader'", index, line, column, codePoints, pointer);
    }

    @Override
    public void forward() {
        forward(1);
    }

    @Override
    public void forward(int length) {
        for (int i = 0; i < length && pointer < codePoints.length; i++) {
            int c = codePoints[pointer++];
            index++;
            documentIndex++;
            if (Constant.LINEBR.has(c) || (c == '\r' && pointer < codePoints.length && codePoints[pointer] != '\n')) {
                line++;
                column = 0;
            } else if (c != 0xFEFF) {
                column++;
            }
        }
    }

    @Override
    public int peek() {
        refuseSpecial();
        return pointer < codePoints.length ? codePoints[pointer] : '\0';
    }

    @Override
    public int peek(int offset) {
        refuseSpecial();
        return pointer + offset < codePoints.length ? codePoints[pointer + offset] : '\0';
    }

    @Override
    public String prefix(int length) {
        refuseSpecial();
        return length == 0 ? "" : new String(codePoints, pointer, Math.min(length, codePoints.length - pointer));
    }

    @Override
    public String prefixForward(int length) {
        String prefix = prefix(length);
        pointer += length;
        index += length;
        documentIndex += length;
        column += length;
        return prefix;
    }

    @Override
    public int getColumn() {
        return column;
    }

    @Override
    public int getDocumentIndex() {
        return documentIndex;
    }

    @Override
    public void resetDocumentIndex() {
        documentIndex = 0;
    }

    @Override
    public int getIndex() {
        return index;
    }

    @Override
    public int getLine() {
        return line;
    }
}
