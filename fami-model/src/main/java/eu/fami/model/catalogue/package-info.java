/**
 * Reference data of both programming periods: the {@link eu.fami.model.catalogue.Catalogue} of
 * codes (objectives, Annex II-IV, VI and VIII, the national programme's actions, 2014-2020 national
 * objectives), each with Italian and English labels and its legal source, and the figures the rules
 * rest on (eligibility windows, co-financing caps, ceilings, minimum shares); plus the places a
 * document may name ({@link eu.fami.model.catalogue.Places}).
 */
@FamiStyle
package eu.fami.model.catalogue;

import eu.fami.model.FamiStyle;
