package org.constable.mapping;

public record Beat(String code, String name, boolean urban) {
}
