package communitysim.sweep;

/** CSV cells built as text (a journal row must go out in one write, not through a stream writer). */
final class Csv {
    private Csv() {}

    /** RFC 4180 quoting, only when the text holds a comma, quote or line break (as CsvWriter does). */
    static String cell(String text) {
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
