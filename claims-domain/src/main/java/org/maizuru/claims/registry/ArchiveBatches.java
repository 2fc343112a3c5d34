package org.maizuru.claims.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.maizuru.claims.imports.ImportJobs;
import org.maizuru.claims.imports.RefusedLine;

/** One batch of an archive list: its records and its counts land together, or neither does. */
@ApplicationScoped
class ArchiveBatches {

    @Inject
    ArchiveRecords records;

    @Inject
    ImportJobs jobs;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void store(long importId, List<ArchiveEntry> entries, List<RefusedLine> errors) {
        if (!entries.isEmpty()) {
            records.store(entries, importId);
        }
        jobs.count(importId, entries.size(), errors);
    }
}
