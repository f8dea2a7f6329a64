package org.constable.crime.domain;

/** A Home Office offence classification (one version of it) and the police.uk category its crimes are published under. */
public record Classification(
        String code,
        int version,
        String title,
        String hoGroup,
        String policeUkCategory,
        VictimBasis victimBasis,
        int seriousness) {

    public String label() {
        return code + " " + title;
    }
}
