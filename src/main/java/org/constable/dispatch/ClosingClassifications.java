package org.constable.dispatch;

import java.util.List;
import java.util.Optional;
import org.constable.shared.InvalidInput;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** How an incident may be closed; a crime-indicative classification hands the incident to crime recording. */
@ConfigurationProperties("constable.closing")
public record ClosingClassifications(List<Classification> classifications) {

    public record Classification(String code, String label, boolean crimeIndicative) {}

    public ClosingClassifications {
        classifications = classifications == null ? List.of() : List.copyOf(classifications);
    }

    public Classification require(String code) {
        return find(code)
                .orElseThrow(
                        () -> new InvalidInput("classification", "Unknown closing classification '" + code + "'."));
    }

    public Optional<Classification> find(String code) {
        return classifications.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
