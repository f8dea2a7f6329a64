/**
 * Mapping: the force's geography — its area, beats (with the urban/rural split) and stations, served
 * as GeoJSON so that maps work with no internet — and road-network ETAs from an OpenStreetMap extract.
 * It publishes two facades, {@link org.constable.mapping.ForceAreas} (which beat, urban or rural) and
 * {@link org.constable.mapping.EtaEstimator} (the units that can reach a place soonest), with
 * {@link org.constable.mapping.BritishNationalGrid} for metres on the national grid, and no events.
 * It must never hold personal data or decide which unit goes: it ranks, dispatch decides.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "shared"})
package org.constable.mapping;
