package sspr.doctor.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * A text table laid out for the terminal's width, measured in display columns (CJK counts two):
 * <ol>
 *   <li>every column at its natural width, two spaces apart, when the table fits (then the output is the plain
 *       aligned table);</li>
 *   <li>else the last column, free text, wrapped in the room the others leave, when that is at least
 *       {@link #MIN_LAST} columns; its continuation lines start at its column;</li>
 *   <li>else one record per row: the first cell on a line of its own, whole (an ID is never broken), then the
 *       other cells as {@code HEADER: value} fields, packed two spaces apart on indented lines, a field too long
 *       for a line wrapped on its own.</li>
 * </ol>
 * No line is wider than the width, except a single word that is (an ID), which is never broken.
 */
public final class TextTable {
    /** The narrowest the wrapped last column may be before rows become records. */
    public static final int MIN_LAST = 20;

    private final String[] header;
    private final List<String[]> rows = new ArrayList<>();
    private int firstColumnMax = Integer.MAX_VALUE;
    private int[] minimum = new int[0];
    private boolean[] right = new boolean[0];
    /** Text shown under a row (by its index), indented and wrapped: a detail that belongs to no column. */
    private final java.util.Map<Integer, String> notes = new java.util.HashMap<>();
    private UnaryOperator<String> headerStyle = UnaryOperator.identity();
    private BiFunction<Integer, String, String> cellStyle = (column, padded) -> padded;

    /** A table with this header line, or none (null): then records show their fields without labels. */
    public TextTable(String... header) {
        this.header = header;
    }

    public TextTable row(String... cells) {
        rows.add(cells);
        return this;
    }

    /** A first cell wider than this goes on a line of its own above its row (a few very long part numbers). */
    public TextTable firstColumnMax(int columns) {
        firstColumnMax = columns;
        return this;
    }

    /** Columns at least this wide when the table is aligned (a level column as wide as its longest word, shown or not). */
    public TextTable minimumWidths(int... columns) {
        minimum = columns.clone();
        return this;
    }

    /** Columns (not the last) whose cells line up on the right when the table is aligned (counts); records show them as they are. */
    public TextTable rightAligned(int... columns) {
        for (int c : columns) {
            if (c >= right.length) right = java.util.Arrays.copyOf(right, c + 1);
            right[c] = true;
        }
        return this;
    }

    /** A line of text under the last row added, indented four columns and wrapped to the width. */
    public TextTable note(String text) {
        notes.put(rows.size() - 1, text);
        return this;
    }

    /** How the header line is shown (bold on a colour terminal). */
    public TextTable headerStyle(UnaryOperator<String> style) {
        headerStyle = style;
        return this;
    }

    /** How a cell is shown, given its column and its text already padded (a colour keeps the width). */
    public TextTable cellStyle(BiFunction<Integer, String, String> style) {
        cellStyle = style;
        return this;
    }

    public String render(int width) {
        totalWidth = width;
        int[] natural = naturalWidths();
        if (natural.length == 0) return "";
        int room = lastColumnRoom(natural, width);
        if (room == Integer.MAX_VALUE || room > 0) return table(natural, room);
        return records(width);
    }

    /** Whether {@link #render} at this width lines the columns up (else it shows one record per row). */
    public boolean aligned(int width) {
        int[] natural = naturalWidths();
        return natural.length == 0 || lastColumnRoom(natural, width) != 0;
    }

    private int[] naturalWidths() {
        int columns = header != null ? header.length : rows.isEmpty() ? 0 : rows.get(0).length;
        int[] natural = new int[columns];
        if (columns == 0) return natural;
        if (header != null) for (int c = 0; c < columns; c++) natural[c] = DisplayWidth.of(header[c]);
        for (int c = 0; c < Math.min(columns, minimum.length); c++) natural[c] = Math.max(natural[c], minimum[c]);
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                int w = DisplayWidth.of(row[c]);
                if (c == 0 && w > firstColumnMax && columns > 1) continue;
                natural[c] = Math.max(natural[c], w);
            }
        }
        return natural;
    }

    /** The last column's width when aligned: unlimited when all fits, the room left when it wraps there, 0 for records. */
    private int lastColumnRoom(int[] natural, int width) {
        int columns = natural.length;
        int fixed = 0;
        for (int c = 0; c < columns - 1; c++) fixed += natural[c] + 2;
        if (columns == 1 || fixed + natural[columns - 1] <= width) return Integer.MAX_VALUE;
        // the last column wraps beside the others only when its longest word fits there (a code is never broken)
        int longestWord = 0;
        for (String[] row : rows) {
            for (String word : row[columns - 1].split(" ")) longestWord = Math.max(longestWord, DisplayWidth.of(word));
        }
        return width - fixed >= Math.max(MIN_LAST, longestWord) ? width - fixed : 0;
    }

    private String table(int[] width, int lastWidth) {
        StringBuilder out = new StringBuilder();
        if (header != null) appendRow(out, header.clone(), width, lastWidth, true);
        for (int r = 0; r < rows.size(); r++) {
            String[] cells = rows.get(r).clone();
            if (width.length > 1 && DisplayWidth.of(cells[0]) > width[0]) {
                out.append(cellStyle.apply(0, cells[0])).append('\n');
                cells[0] = "";
            }
            appendRow(out, cells, width, lastWidth, false);
            appendNote(out, r);
        }
        return out.toString();
    }

    /** The width the table is being rendered at. */
    private int totalWidth = Integer.MAX_VALUE;

    private void appendNote(StringBuilder out, int row) {
        String note = notes.get(row);
        if (note == null) return;
        List<String> lines = TextWrapper.wrap(note, Math.max(10, totalWidth - 4));
        for (String l : lines) out.append("    ").append(l).append('\n');
    }

    private void appendRow(StringBuilder out, String[] cells, int[] width, int lastWidth, boolean isHeader) {
        int last = cells.length - 1;
        List<String> lastLines = lastWidth == Integer.MAX_VALUE ? List.of(cells[last]) : TextWrapper.wrap(cells[last], lastWidth);
        StringBuilder line = new StringBuilder();
        int indent = 0;
        for (int c = 0; c < last; c++) {
            String padded = c < right.length && right[c]
                    ? " ".repeat(Math.max(0, width[c] - DisplayWidth.of(cells[c]))) + cells[c] : DisplayWidth.padRight(cells[c], width[c]);
            line.append(isHeader ? padded : cellStyle.apply(c, padded)).append("  ");
            indent += width[c] + 2;
        }
        String first = lastLines.isEmpty() ? "" : lastLines.get(0);
        line.append(isHeader ? first : cellStyle.apply(last, first));
        String text = stripEnd(line.toString());
        out.append(isHeader ? headerStyle.apply(text) : text).append('\n');
        for (int i = 1; i < lastLines.size(); i++) {
            String more = " ".repeat(indent) + lastLines.get(i);
            out.append(isHeader ? headerStyle.apply(more) : cellStyle.apply(last, more)).append('\n');
        }
    }

    private String records(int width) {
        StringBuilder out = new StringBuilder();
        int room = Math.max(10, width - 2);
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            for (String first : DisplayWidth.of(row[0]) > width ? TextWrapper.wrap(row[0], width) : List.of(row[0])) {
                if (!first.isEmpty()) out.append(cellStyle.apply(0, first)).append('\n');
            }
            StringBuilder line = new StringBuilder();
            int lineWidth = 0;
            for (int c = 1; c < row.length; c++) {
                if (row[c].isEmpty()) continue;
                String field = header == null ? row[c] : header[c] + ": " + row[c];
                int w = DisplayWidth.of(field);
                if (lineWidth > 0 && lineWidth + 2 + w > room) {
                    out.append("  ").append(line).append('\n');
                    line.setLength(0);
                    lineWidth = 0;
                }
                if (w > room) {
                    List<String> wrapped = new ArrayList<>(TextWrapper.wrap(field, room - 2));
                    wrapped.removeIf(String::isEmpty);
                    out.append("  ").append(cellStyle.apply(c, wrapped.get(0))).append('\n');
                    for (int i = 1; i < wrapped.size(); i++) out.append("    ").append(cellStyle.apply(c, wrapped.get(i))).append('\n');
                    continue;
                }
                if (lineWidth > 0) line.append("  ");
                line.append(cellStyle.apply(c, field));
                lineWidth += (lineWidth > 0 ? 2 : 0) + w;
            }
            if (lineWidth > 0) out.append("  ").append(line).append('\n');
            appendNote(out, r);
        }
        return out.toString();
    }

    private static String stripEnd(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') end--;
        return s.substring(0, end);
    }
}
