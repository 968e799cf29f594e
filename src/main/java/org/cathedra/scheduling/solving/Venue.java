package org.cathedra.scheduling.solving;

import java.util.Set;
import org.cathedra.scheduling.RoomFeature;

/** A room as the solver sees it: its capacity and features. */
public record Venue(long id, String code, int capacity, Set<RoomFeature> features) {

    public Venue {
        features = Set.copyOf(features);
    }

    @Override
    public String toString() {
        return code;
    }
}
