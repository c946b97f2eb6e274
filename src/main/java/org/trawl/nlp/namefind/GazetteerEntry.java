package org.trawl.nlp.namefind;

import java.util.Comparator;
import org.trawl.model.EntityType;

/**
 * One named thing in a reference list.
 *
 * @param kind       which list it comes from
 * @param reference  stable reference of the entry (e.g. {@code un:QDe.004}, {@code country:IQ})
 * @param canonical  the name to show for it
 * @param standalone true when a match of its name may be taken as a mention on its own (otherwise it only
 *                   confirms what the model or a pattern found)
 * @param population for places, the population when known
 * @param country    for places, the ISO 3166 country code (null for an area across countries)
 * @param lat        latitude, for places
 * @param lng        longitude, for places
 */
public record GazetteerEntry(Kind kind, String reference, String canonical, boolean standalone, long population,
                             String country, double lat, double lng) {

    /** The order of precedence among entries of one name: by list ({@link Kind}), then most populous first. */
    public static final Comparator<GazetteerEntry> PRECEDENCE = Comparator.comparing(GazetteerEntry::kind)
            .thenComparing(Comparator.comparingLong(GazetteerEntry::population).reversed());

    /** The lists trawl ships, in order of precedence when a name is in several. */
    public enum Kind {
        SANCTIONED_GROUP(EntityType.GROUP),
        SANCTIONED_PERSON(EntityType.PERSON),
        COUNTRY(EntityType.PLACE),
        /** A continent, a region across or inside countries, or another name of a country (areas.tsv). */
        AREA(EntityType.PLACE),
        REGION(EntityType.PLACE),
        CITY(EntityType.PLACE);

        private final EntityType type;

        Kind(EntityType type) {
            this.type = type;
        }

        public EntityType type() {
            return type;
        }
    }

    public EntityType type() {
        return kind.type();
    }
}
