package org.cathedra.directory;

import org.cathedra.shared.AbstractEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Optimistic locking across a form round trip: the version the form was read at must still be current. */
final class Versions {

    private Versions() {
    }

    /** Refuses the change when someone saved {@code entity} after the form read it at {@code version}. */
    static void require(AbstractEntity entity, long version) {
        if (entity.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(entity.getClass(), entity.getId());
        }
    }
}
