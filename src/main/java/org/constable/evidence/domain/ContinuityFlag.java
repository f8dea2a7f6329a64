package org.constable.evidence.domain;

/** Something in the chain a defence lawyer would ask about, in words, at the entry where it shows. */
public record ContinuityFlag(int seq, Kind kind, String words) {

    public enum Kind {
        GAP("Gap in continuity"),
        TIME_BACKWARDS("Time goes backwards"),
        SEAL_CHANGED("Seal number changed"),
        AFTER_THE_END("Recorded after the chain ended");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
