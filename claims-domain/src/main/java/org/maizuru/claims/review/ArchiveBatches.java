package org.maizuru.claims.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.maizuru.claims.claim.ImportJobs;
import org.maizuru.claims.platform.DomainException;
import org.maizuru.claims.registry.ArchiveEntry;
import org.maizuru.claims.registry.ArchiveRecords;

/** One batch of an archive list: its records and its counts land together, or neither does. */
@ApplicationScoped
public class ArchiveBatches {

    @Inject
    ArchiveRecords records;

    @Inject
    ImportJobs jobs;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void store(long importId, List<ArchiveEntry> entries, List<DomainException.Violation> errors) {
        if (!entries.isEmpty()) {
            records.store(entries, importId);
        }
        jobs.count(importId, entries.size(), errors);
    }
}
