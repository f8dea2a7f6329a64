package org.constable.evidence.domain;

import java.util.Locale;
import java.util.Optional;

/** An interview recording is sound only or sound and picture; the master's media type says which. */
public enum RecordingKind {
    AUDIO,
    VIDEO;

    /** The kind a media type names (audio/* or video/*), or empty for any other file. */
    public static Optional<RecordingKind> of(String mediaType) {
        String t = mediaType.toLowerCase(Locale.ROOT);
        if (t.startsWith("audio/")) {
            return Optional.of(AUDIO);
        }
        if (t.startsWith("video/")) {
            return Optional.of(VIDEO);
        }
        return Optional.empty();
    }

    /** The media type of the browser-playable working copy derived for this kind. */
    public String workingType() {
        return this == AUDIO ? "audio/mp4" : "video/mp4";
    }
}
