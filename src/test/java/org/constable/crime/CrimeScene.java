package org.constable.crime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.constable.testsupport.CommandAndControl.callAt;
import static org.constable.testsupport.CommandAndControl.thrive;

import java.time.Instant;
import org.constable.testsupport.Api;
import org.constable.testsupport.CommandAndControl;
import org.constable.testsupport.Json;

/** Test fixtures for crime recording: incidents raised and closed through the real API, synthetic people. */
final class CrimeScene {

    private final Api api;
    private final String handler;
    private final String dispatcher;

    CrimeScene(Api api, String handler, String dispatcher) {
        this.api = api;
        this.handler = handler;
        this.dispatcher = dispatcher;
    }

    /** Raises an incident by a 999 call and closes it with the classification; returns its id. */
    long closedIncident(String classification) {
        var call = api.post(
                "/api/v1/calls",
                handler,
                callAt(CommandAndControl.freshArea(), thrive("LOW", "LOW", "LOW", "LOW"), null));
        assertThat(call.status()).as(call.body()).isEqualTo(201);
        long incident = Json.read(call.body()).get("incidentId").asLong();
        var closed = api.post(
                "/api/v1/incidents/" + incident + "/closure",
                dispatcher,
                "{\"classification\":\"" + classification + "\"}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(204);
        return incident;
    }

    /** A synthetic person created through the people API by someone with PERSON_WRITE. */
    long person(String token, String surname) {
        var created = api.post("/api/v1/persons", token, "{\"forename\":\"Test\",\"surname\":\"" + surname + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return Json.read(created.body()).get("id").asLong();
    }

    static String crimeFromIncident(
            long incident, String code, Instant from, Instant to, String victimsJson, String officer) {
        return "{\"fromIncidentId\":" + incident + ",\"classificationCode\":\"" + code + "\",\"occurredFrom\":\"" + from
                + "\",\"occurredTo\":\"" + to + "\",\"victims\":" + victimsJson
                + ",\"narrative\":\"Punched in the face outside the shop\","
                + "\"modusOperandi\":\"Approached from behind\",\"officerInCharge\":\"" + officer + "\"}";
    }

    static String victim(long personId, boolean vulnerable) {
        return "{\"personId\":" + personId + ",\"vulnerableOrIntimidated\":" + vulnerable + "}";
    }
}
