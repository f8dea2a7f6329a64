package org.constable.testsupport;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.constable.contact.application.CallTaking;
import org.constable.contact.domain.Channel;
import org.constable.contact.domain.Level;
import org.constable.contact.domain.ThriveAssessment;
import org.constable.identity.Actor;
import org.constable.people.application.PersonRecords;
import org.constable.people.application.PlaceAndVehicleRecords;
import org.constable.people.domain.PersonDetails;
import org.constable.people.domain.WarningMarkerType;
import org.springframework.stereotype.Component;

/**
 * A control-room scene built through the application itself: an address with a warning marker, a
 * person living there with one, a person the caller names with one, calls that raise incidents,
 * and units of a given kind placed around the scene, on a fresh patch of ground.
 */
@Component
public class ControlRoomScene {

    public record Scene(
            CommandAndControl.Area area,
            long locationId,
            String street,
            long residentId,
            String residentName,
            long namedId,
            String namedName) {}

    private final PlaceAndVehicleRecords places;
    private final PersonRecords persons;
    private final CallTaking calls;
    private final DatabaseAdmin db;

    public ControlRoomScene(PlaceAndVehicleRecords places, PersonRecords persons, CallTaking calls, DatabaseAdmin db) {
        this.places = places;
        this.persons = persons;
        this.calls = calls;
        this.db = db;
    }

    /** Letters only, unique per call: names and streets of their own so no other test's records match. */
    public static String word(String prefix) {
        String digits = Long.toString(System.nanoTime() % 10_000_000);
        StringBuilder b = new StringBuilder(prefix);
        digits.chars().forEach(c -> b.append((char) ('a' + c - '0')));
        return b.toString();
    }

    /** A house with a domestic-abuse marker, its violent resident, and a man with a mental-health marker. */
    public Scene domesticAt(Actor recorder) {
        CommandAndControl.Area area = CommandAndControl.freshArea();
        String street = word("Quarrel") + " Lane";
        long location = places.createLocation(
                recorder,
                new PlaceAndVehicleRecords.LocationInput(
                        "7", street, null, "Manchester", null, area.latitude(), area.longitude(), false));
        places.addLocationWarning(
                recorder, location, WarningMarkerType.DOMESTIC_ABUSE, "Repeat victim at this address");
        String residentSurname = word("Harrow");
        long resident = persons.create(recorder, details("Ronan", residentSurname, null));
        persons.addAddress(recorder, resident, location, "HOME");
        persons.addWarningMarker(recorder, resident, WarningMarkerType.VIOLENCE, "Assaulted partner");
        String namedSurname = word("Pellow");
        long named = persons.create(recorder, details("Mason", namedSurname, null));
        persons.addWarningMarker(recorder, named, WarningMarkerType.MENTAL_HEALTH, "Crisis plan in place");
        return new Scene(
                area,
                location,
                street,
                resident,
                "Ronan " + capital(residentSurname),
                named,
                "Mason " + capital(namedSurname));
    }

    public static PersonDetails details(String forename, String surname, java.time.LocalDate born) {
        return new PersonDetails(forename, null, capital(surname), born, "MALE", null, null, null, null, null, false);
    }

    public static String capital(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** A 999 call at a gazetteer address, naming people; threat high, the rest low. */
    public CallTaking.Recorded callAt(
            Actor handler, long locationId, String callType, String caller, List<Long> named) {
        return calls.record(
                handler,
                new CallTaking.NewCall(
                        Channel.EMERGENCY_999,
                        null,
                        null,
                        new CallTaking.Caller(false, caller, "07700 900456", null),
                        new CallTaking.Where(locationId, null, null, null),
                        "Shouting and a knife mentioned",
                        callType,
                        thrive(Level.HIGH, "Knife mentioned"),
                        null,
                        null,
                        null,
                        null,
                        named,
                        null));
    }

    /** A call at a point (no gazetteer address). */
    public CallTaking.Recorded callAtPoint(Actor handler, double lat, double lon, String callType, Level threat) {
        return calls.record(
                handler,
                new CallTaking.NewCall(
                        Channel.EMERGENCY_999,
                        null,
                        null,
                        new CallTaking.Caller(false, "Board Caller", null, null),
                        new CallTaking.Where(null, lat, lon, "By the test point"),
                        "Something happened",
                        callType,
                        thrive(threat, null),
                        null,
                        null,
                        null,
                        null));
    }

    public static ThriveAssessment thrive(Level threat, String note) {
        var low = new ThriveAssessment.Element(Level.LOW, null);
        return new ThriveAssessment(new ThriveAssessment.Element(threat, note), low, low, low, low, low);
    }

    /** An available unit of a kind ({@code PUBLIC_ORDER_VAN}, {@code RESPONSE_CAR}...) this far from the scene. */
    public long unit(String callsign, String kind, String skills, CommandAndControl.Area at) {
        try (var c = db.connect();
                var ps = c.prepareStatement("INSERT INTO dispatch.unit (callsign, station, kind, skills, status, "
                        + "latitude, longitude) VALUES (?, 'Test Station', ?, ?, 'AVAILABLE', ?, ?) RETURNING id")) {
            ps.setString(1, callsign);
            ps.setString(2, kind);
            ps.setString(3, skills);
            ps.setDouble(4, at.latitude());
            ps.setDouble(5, at.longitude());
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
