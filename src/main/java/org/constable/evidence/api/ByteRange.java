package org.constable.evidence.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP byte range as a media player asks for it: {@code bytes=a-b}, {@code bytes=a-} or the
 * suffix {@code bytes=-n} (from negative: counted from the end once the size is known).
 */
record ByteRange(long from, @Nullable Long to, boolean partial) {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

    static ByteRange of(@Nullable String header) {
        if (header == null) {
            return new ByteRange(0, null, false);
        }
        Matcher m = RANGE.matcher(header.trim());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            throw new InvalidInput("Range", "Ask for one range of bytes, e.g. bytes=0-1023 or bytes=1024-.");
        }
        if (m.group(1).isEmpty()) {
            return new ByteRange(-Long.parseLong(m.group(2)), null, true);
        }
        long from = Long.parseLong(m.group(1));
        Long to = m.group(2).isEmpty() ? null : Long.parseLong(m.group(2));
        if (to != null && to < from) {
            throw new InvalidInput("Range", "The range's end comes before its start.");
        }
        return new ByteRange(from, to, true);
    }
}
