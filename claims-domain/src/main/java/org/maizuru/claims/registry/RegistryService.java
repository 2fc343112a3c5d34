package org.maizuru.claims.registry;

import static org.maizuru.claims.kernel.AuditRecord.details;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.maizuru.claims.imports.ImportFile;
import org.maizuru.claims.kernel.Actor;
import org.maizuru.claims.kernel.AuditRecord;
import org.maizuru.claims.kernel.DomainException;
import org.maizuru.claims.kernel.IdempotencyKey;
import org.maizuru.claims.kernel.Role;

/** The registry's boundary: what the web layer and the other capabilities ask of places and people. */
@ApplicationScoped
@Transactional
public class RegistryService {

    @Inject
    ArchiveImports archiveImports;

    @Inject
    ArchiveSources sources;

    @Inject
    Event<AuditRecord> audit;

    @PersistenceContext(unitName = "claims")
    EntityManager em;

    public List<Place> places() {
        return em.createNamedQuery(Place.ALL, Place.class).getResultList();
    }

    /** An administrator adds a place to the registry (a camp the history had not named, say); it is audited. */
    public Place addPlace(
            Actor actor, String code, PlaceKind kind, String nameEn, String nameJa, String regionCode, String country) {
        if (!actor.is(Role.ADMINISTRATOR)) {
            throw new DomainException.Forbidden("place.administratorsOnly");
        }
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw new DomainException.Invalid("code", "place.codeForm");
        }
        if (em.find(Place.class, code) != null) {
            throw new DomainException.Invalid("code", "place.codeTaken", code);
        }
        Place region = regionCode == null || regionCode.isBlank() ? null : em.find(Place.class, regionCode);
        if (regionCode != null && !regionCode.isBlank() && (region == null || region.kind() != PlaceKind.REGION)) {
            throw new DomainException.Invalid("region", "place.unknownRegion", regionCode);
        }
        var place =
                new Place(code, kind, nameEn, nameJa, region, country == null || country.isBlank() ? null : country);
        em.persist(place);
        audit.fire(AuditRecord.by(
                actor,
                "PLACE_ADDED",
                null,
                null,
                place.code() + " " + place.nameEn(),
                details("place", place.code(), "nameJa", place.nameJa(), "nameEn", place.nameEn())));
        return place;
    }

    public Optional<Place> place(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(Place.BY_CODE, Place.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    /** Starts loading an archive list (administrators), in the background; answers the import's id at once. */
    public long startArchiveImport(Actor actor, ImportFile csv, IdempotencyKey key) {
        return archiveImports.start(actor, null, null, csv, key);
    }

    /**
     * Starts loading an archive list (administrators) from a CSV or XLSX file; rows that name no source are the
     * chosen source's (null: every row names its own).
     */
    public long startArchiveImport(Actor actor, String source, String fileName, ImportFile file, IdempotencyKey key) {
        return archiveImports.start(actor, source, fileName, file, key);
    }

    /** The archive lists, described or only named by their records, with their counts (administrators). */
    public List<CountedSource> archiveSources(Actor actor) {
        requireAdministrator(actor);
        return sources.counted();
    }

    /** Describes an archive list: its code (as its records name it), kind, title, holder and date. */
    public ArchiveSource addArchiveSource(
            Actor actor, String code, ArchiveSource.Kind kind, String title, String holder, LocalDate dated) {
        requireAdministrator(actor);
        var source = sources.add(actor.username(), code, kind, title, holder, dated);
        audit.fire(AuditRecord.by(
                actor,
                "ARCHIVE_SOURCE_ADDED",
                null,
                null,
                "Archive source " + source.code() + " described",
                details("source", source.code(), "kind", kind.name(), "title", source.title())));
        return source;
    }

    private static void requireAdministrator(Actor actor) {
        if (!actor.is(Role.ADMINISTRATOR)) {
            throw new DomainException.Forbidden("archive.administratorsOnly");
        }
    }
}
