package io.schemadiff.parser.expr;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date and timestamp literals as the server prints the values it stores: {@code 2024-01-01 00:00:00} for a
 * timestamp, and for a timestamptz the UTC instant ({@code 2024-01-01 00:00:00+00}). A timestamptz written without
 * a zone is taken as UTC, the usual server setting (pg_dump prints in the dumping session's zone; the text
 * cannot say more). Literals in other forms ({@code now}, {@code epoch}, month names) are left as written.
 */
public final class Timestamps {
    private Timestamps() {}

    private static final Pattern DATE_TIME = Pattern.compile(
        "(\\d{4}-\\d{2}-\\d{2})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2})(\\.\\d+)?)?)?\\s*(Z|[+-]\\d{1,2}(?::?\\d{2})?)?");

    /** The canonical text for a literal of type {@code typeName} (a built-in's name), when it is one of these. */
    public static Optional<String> canonical(String literal, String typeName) {
        String v = literal.trim();
        if (typeName.equals("date")) {
            Matcher m = DATE_TIME.matcher(v);
            return m.matches() && m.group(2) == null && m.group(6) == null ? Optional.of(m.group(1)) : Optional.empty();
        }
        if (typeName.startsWith("timestamp")) {
            return timestamp(v, typeName.contains("with time zone"));
        }
        return Optional.empty();
    }

    static Optional<String> timestamp(String v, boolean withZone) {
        Matcher m = DATE_TIME.matcher(v);
        if (!m.matches() || (!withZone && m.group(6) != null)) {
            return Optional.empty();
        }
        int h = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int min = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        int sec = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        String frac = m.group(5) == null ? "" : m.group(5).replaceAll("0+$", "");
        if (frac.equals(".")) {
            frac = "";
        }
        LocalDateTime t;
        try {
            t = LocalDate.parse(m.group(1)).atTime(h, min, sec);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        if (withZone) {
            String z = m.group(6);
            int offset = 0;
            if (z != null && !z.equals("Z")) {
                String digits = z.substring(1).replace(":", "");
                int oh = Integer.parseInt(digits.length() <= 2 ? digits : digits.substring(0, digits.length() - 2));
                int om = digits.length() <= 2 ? 0 : Integer.parseInt(digits.substring(digits.length() - 2));
                offset = (z.charAt(0) == '-' ? -1 : 1) * (oh * 60 + om);
            }
            t = t.minusMinutes(offset);
        }
        String s = String.format(Locale.ROOT, "%04d-%02d-%02d %02d:%02d:%02d", t.getYear(), t.getMonthValue(),
            t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond()) + frac;
        return Optional.of(withZone ? s + "+00" : s);
    }
}
