package org.constable.crime.demo;

import java.time.Instant;
import org.constable.identity.Actor;

/** A crime the demo recorded, for outcomes and change requests later. */
record DemoCrime(long id, String code, Instant recordedAt, Actor officer) {}
