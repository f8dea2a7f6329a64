/**
 * Mapping: the force's geography — its area, beats (with the urban/rural split) and stations —
 * kept as GeoJSON so that maps work with no internet. It will own geocoding and road-network ETAs.
 * It publishes nothing yet and must never hold personal data.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "shared"})
package org.constable.mapping;
