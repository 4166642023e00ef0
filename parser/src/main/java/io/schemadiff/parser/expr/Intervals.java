package io.schemadiff.parser.expr;

import java.util.Locale;
import java.util.Optional;

/**
 * Interval constants as the server stores and prints them: {@code '90 minutes'} is {@code '01:30:00'},
 * {@code '1 week'} is {@code '7 days'} (interval_in, then interval_out in the default "postgres" style).
 * Input it does not understand is left alone (the two spellings then compare as different).
 */
public final class Intervals {
    private Intervals() {}

    private static final long USEC_PER_SEC = 1_000_000L;
    private static final long USEC_PER_DAY = 86_400L * USEC_PER_SEC;

    /** The canonical text of an interval constant, or empty when the input is not understood. */
    public static Optional<String> canonical(String input) {
        try {
            return parse(input).map(Intervals::format);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** months, days, microseconds. */
    record Value(long months, long days, long micros) {}

    static Optional<Value> parse(String input) {
        String s = input.trim().toLowerCase(Locale.ROOT);
        if (s.startsWith("@")) {
            s = s.substring(1).trim();
        }
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (s.startsWith("p")) {
            return iso(s.substring(1));
        }
        boolean ago = false;
        if (s.endsWith(" ago")) {
            ago = true;
            s = s.substring(0, s.length() - 4).trim();
        }
        double months = 0;
        double days = 0;
        double micros = 0;
        int i = 0;
        int n = s.length();
        boolean any = false;
        while (i < n) {
            while (i < n && s.charAt(i) == ' ') {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            if (s.charAt(i) == '+' || s.charAt(i) == '-') {
                i++;
            }
            while (i < n && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                i++;
            }
            if (i == start || (i == start + 1 && !Character.isDigit(s.charAt(start)))) {
                return Optional.empty();
            }
            if (i < n && s.charAt(i) == ':') {
                // a time: [-]hh:mm[:ss[.fff]]
                while (i < n && (Character.isDigit(s.charAt(i)) || s.charAt(i) == ':' || s.charAt(i) == '.')) {
                    i++;
                }
                Optional<Double> t = time(s.substring(start, i));
                if (t.isEmpty()) {
                    return Optional.empty();
                }
                micros += t.get();
                any = true;
                continue;
            }
            double v = Double.parseDouble(s.substring(start, i));
            while (i < n && s.charAt(i) == ' ') {
                i++;
            }
            int us = i;
            while (i < n && Character.isLetter(s.charAt(i))) {
                i++;
            }
            String unit = s.substring(us, i);
            switch (unit) {
                case "", "s", "sec", "secs", "second", "seconds" -> micros += v * USEC_PER_SEC;
                case "us", "usec", "usecs", "microsecond", "microseconds", "microsecon" -> micros += v;
                case "ms", "msec", "msecs", "millisecond", "milliseconds", "millisecon" -> micros += v * 1000;
                case "m", "min", "mins", "minute", "minutes" -> micros += v * 60 * USEC_PER_SEC;
                case "h", "hr", "hrs", "hour", "hours" -> micros += v * 3600 * USEC_PER_SEC;
                case "d", "day", "days" -> days += v;
                case "w", "week", "weeks" -> days += v * 7;
                case "mon", "mons", "month", "months" -> months += v;
                case "y", "yr", "yrs", "year", "years" -> months += v * 12;
                case "decade", "decades", "dec", "decs" -> months += v * 120;
                case "c", "cent", "century", "centuries" -> months += v * 1200;
                case "mil", "mils", "millennium", "millennia", "millenniums" -> months += v * 12000;
                default -> {
                    return Optional.empty();
                }
            }
            any = true;
        }
        if (!any) {
            return Optional.empty();
        }
        // fractions cascade down: months to days (30 a month), days to time
        long wholeMonths = (long) months;
        double fracDays = (months - wholeMonths) * 30 + days;
        long wholeDays = (long) fracDays;
        double us = (fracDays - wholeDays) * USEC_PER_DAY + micros;
        long m = wholeMonths;
        long d = wholeDays;
        long t = Math.round(us);
        if (ago) {
            m = -m;
            d = -d;
            t = -t;
        }
        return Optional.of(new Value(m, d, t));
    }

    private static Optional<Double> time(String t) {
        boolean neg = t.startsWith("-");
        String body = neg || t.startsWith("+") ? t.substring(1) : t;
        String[] p = body.split(":");
        if (p.length < 2 || p.length > 3) {
            return Optional.empty();
        }
        double h = Double.parseDouble(p[0]);
        double m = Double.parseDouble(p[1]);
        double sec = p.length == 3 ? Double.parseDouble(p[2]) : 0;
        double us = ((h * 60 + m) * 60 + sec) * USEC_PER_SEC;
        return Optional.of(neg ? -us : us);
    }

    private static Optional<Value> iso(String s) {
        double months = 0;
        double days = 0;
        double micros = 0;
        boolean inTime = false;
        int i = 0;
        while (i < s.length()) {
            if (s.charAt(i) == 't') {
                inTime = true;
                i++;
                continue;
            }
            int start = i;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == '-')) {
                i++;
            }
            if (i == start || i >= s.length()) {
                return Optional.empty();
            }
            double v = Double.parseDouble(s.substring(start, i));
            char u = s.charAt(i++);
            switch (u) {
                case 'y' -> months += v * 12;
                case 'm' -> {
                    if (inTime) {
                        micros += v * 60 * USEC_PER_SEC;
                    } else {
                        months += v;
                    }
                }
                case 'w' -> days += v * 7;
                case 'd' -> days += v;
                case 'h' -> micros += v * 3600 * USEC_PER_SEC;
                case 's' -> micros += v * USEC_PER_SEC;
                default -> {
                    return Optional.empty();
                }
            }
        }
        long wm = (long) months;
        double fd = (months - wm) * 30 + days;
        long wd = (long) fd;
        return Optional.of(new Value(wm, wd, Math.round((fd - wd) * USEC_PER_DAY + micros)));
    }

    /** interval_out(), IntervalStyle postgres. */
    static String format(Value v) {
        StringBuilder sb = new StringBuilder();
        boolean[] isZero = {true};
        boolean[] isBefore = {false};
        part(sb, v.months() / 12, "year", isZero, isBefore);
        part(sb, v.months() % 12, "mon", isZero, isBefore);
        part(sb, v.days(), "day", isZero, isBefore);
        long t = v.micros();
        if (isZero[0] || t != 0) {
            boolean minus = t < 0;
            long a = Math.abs(t);
            long hours = a / (3600 * USEC_PER_SEC);
            long mins = (a / (60 * USEC_PER_SEC)) % 60;
            long secs = (a / USEC_PER_SEC) % 60;
            long frac = a % USEC_PER_SEC;
            sb.append(isZero[0] ? "" : " ").append(minus ? "-" : isBefore[0] ? "+" : "");
            sb.append(String.format(Locale.ROOT, "%02d:%02d:%02d", hours, mins, secs));
            if (frac != 0) {
                String f = String.format(Locale.ROOT, "%06d", frac).replaceAll("0+$", "");
                sb.append('.').append(f);
            }
        }
        return sb.toString();
    }

    private static void part(StringBuilder sb, long value, String unit, boolean[] isZero, boolean[] isBefore) {
        if (value == 0) {
            return;
        }
        sb.append(isZero[0] ? "" : " ").append(isBefore[0] && value > 0 ? "+" : "").append(value).append(' ')
            .append(unit).append(value != 1 ? "s" : "");
        isBefore[0] = value < 0;
        isZero[0] = false;
    }
}
