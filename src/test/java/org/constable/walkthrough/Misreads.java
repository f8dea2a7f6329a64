package org.constable.walkthrough;

/**
 * Registration marks as cameras and witnesses misread them: a character taken for the one it
 * looks like (0/O, 1/I, 5/S, 8/B).
 */
final class Misreads {

    private static final String READ = "0158OISB";
    private static final String AS = "OISBO158";

    private Misreads() {}

    /** The mark with its first confusable character read as its look-alike; the mark itself if it has none. */
    static String misread(String vrm) {
        for (int i = 0; i < vrm.length(); i++) {
            int at = READ.indexOf(vrm.charAt(i));
            if (at >= 0) {
                return vrm.substring(0, i) + AS.charAt(at) + vrm.substring(i + 1);
            }
        }
        return vrm;
    }

    static boolean canBeMisread(String vrm) {
        return !misread(vrm).equals(vrm);
    }
}
