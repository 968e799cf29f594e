package org.cathedra.enrollment.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cathedra.catalog.CourseOffering;
import org.cathedra.enrollment.EnrollmentWindow;
import org.springframework.stereotype.Component;

/** Finds the window that applies to an offering: its own if it has one, else its term's. */
@Component
public class Windows {

    private final WindowRepository windows;

    Windows(WindowRepository windows) {
        this.windows = windows;
    }

    public Optional<EnrollmentWindow> of(CourseOffering offering) {
        return Optional.ofNullable(of(List.of(offering)).get(offering.getId()));
    }

    /** Offering id -> the window that applies; offerings without one are missing from the map. */
    public Map<Long, EnrollmentWindow> of(Collection<CourseOffering> offerings) {
        Map<Long, EnrollmentWindow> result = new HashMap<>();
        if (offerings.isEmpty()) {
            return result;
        }
        List<EnrollmentWindow> found = windows.forTermsOrOfferings(
                offerings.stream().map(o -> o.getTerm().getId()).distinct().toList(),
                offerings.stream().map(CourseOffering::getId).toList());
        for (CourseOffering offering : offerings) {
            found.stream().filter(w -> offering.getId().equals(w.getOfferingId())).findFirst()
                    .or(() -> found.stream().filter(w -> w.getOfferingId() == null
                            && w.getTermId() == offering.getTerm().getId()).findFirst())
                    .ifPresent(w -> result.put(offering.getId(), w));
        }
        return result;
    }
}
