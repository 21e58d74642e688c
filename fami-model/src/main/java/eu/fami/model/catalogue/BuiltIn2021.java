package eu.fami.model.catalogue;

import static eu.fami.model.LegalForm.LOCAL_AUTHORITY;
import static eu.fami.model.LegalForm.REGION;
import static eu.fami.model.LegalForm.THIRD_SECTOR;
import static eu.fami.model.TargetGroup.ASYLUM_SEEKERS;
import static eu.fami.model.TargetGroup.EXPLOITED_WORKERS;
import static eu.fami.model.TargetGroup.FAMILY_MEMBERS;
import static eu.fami.model.TargetGroup.HOST_COMMUNITY;
import static eu.fami.model.TargetGroup.IRREGULAR_MIGRANTS;
import static eu.fami.model.TargetGroup.MIGRANT_ASSOCIATIONS;
import static eu.fami.model.TargetGroup.MINORS;
import static eu.fami.model.TargetGroup.PRE_DEPARTURE_TCN;
import static eu.fami.model.TargetGroup.PROTECTION_BENEFICIARIES;
import static eu.fami.model.TargetGroup.PUBLIC_SERVICE_STAFF;
import static eu.fami.model.TargetGroup.RESETTLED_PERSONS;
import static eu.fami.model.TargetGroup.RETURNEES;
import static eu.fami.model.TargetGroup.THIRD_COUNTRY_NATIONALS;
import static eu.fami.model.TargetGroup.THIRD_SECTOR_STAFF;
import static eu.fami.model.TargetGroup.TRAFFICKING_VICTIMS;
import static eu.fami.model.TargetGroup.UNACCOMPANIED_MINORS;
import static eu.fami.model.TargetGroup.VULNERABLE_PERSONS;
import static eu.fami.model.TargetGroup.WOMEN;
import static eu.fami.model.TargetGroup.YOUNG_NEET;
import static eu.fami.model.catalogue.Table.ANNEX_IV_CATEGORY;
import static eu.fami.model.catalogue.Table.IMPLEMENTATION_MEASURE;
import static eu.fami.model.catalogue.Table.IMPLEMENTATION_MODALITY;
import static eu.fami.model.catalogue.Table.INDICATOR;
import static eu.fami.model.catalogue.Table.INTERVENTION_FIELD;
import static eu.fami.model.catalogue.Table.NATIONAL_ACTION;
import static eu.fami.model.catalogue.Table.SCOPE_OF_SUPPORT;
import static eu.fami.model.catalogue.Table.SPECIFIC_OBJECTIVE;
import static eu.fami.model.catalogue.Table.SPECIFIC_THEME;
import static eu.fami.model.catalogue.Table.TYPE_OF_ACTION;

import eu.fami.model.IndirectCostMethod;
import eu.fami.model.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;

/**
 * The 2021-2027 catalogue: Reg. (EU) 2021/1147 (AMIF), Reg. (EU) 2021/1060 (CPR) and the Italian
 * Programma nazionale FAMI 2021-2027. English labels of Annex VI are the regulation's; the others
 * are short forms of the regulation's text. Sources as checked in DOMAIN.md.
 */
final class BuiltIn2021 {
  private static final String AMIF = "Reg. (EU) 2021/1147, ";
  private static final String CPR = "Reg. (EU) 2021/1060 (CPR), ";
  private static final String PN = "PN FAMI 2021-2027, ";
  private static final String READING = "; conditions: fami's reading of the regulation";

  static final Catalogue CATALOGUE = build();

  private BuiltIn2021() {}

  private static Catalogue build() {
    Catalogue.Builder b = Catalogue.builder(Period.P2021_2027);
    objectives(b);
    measures(b);
    scopes(b);
    actions(b);
    annexVi(b);
    indicators(b);
    annexIv(b);
    figures(b);
    targetGroups(b, AMIF + "Art 3 and Annex III, fami's reading");
    return b.build();
  }

  private static void objectives(Catalogue.Builder b) {
    Section.of(b, SPECIFIC_OBJECTIVE, null, AMIF)
        .add("OS1", "Art 3(2)(a)", "Sistema europeo comune di asilo", "Common European Asylum System")
        .add("OS2", "Art 3(2)(b)", "Migrazione legale e integrazione", "Legal migration and integration")
        .add("OS3", "Art 3(2)(c)", "Rimpatrio", "Return")
        .add("OS4", "Art 3(2)(d)", "Solidarietà ed equa ripartizione della responsabilità", "Solidarity and fair sharing of responsibility");
    Section.of(b, SPECIFIC_OBJECTIVE, null, CPR)
        .add("TA", "Art 36(5)(a) (technical assistance takes the form of a specific objective)", "Assistenza tecnica", "Technical assistance");
  }

  private static void measures(Catalogue.Builder b) {
    String annexII = AMIF + "Annex II, point ";
    Section.of(b, IMPLEMENTATION_MEASURE, "OS1", annexII)
        .add("1.a", "1(a)", "Applicazione uniforme dell'acquis dell'Unione e delle priorità del sistema europeo comune di asilo", "Uniform application of the Union acquis and of the priorities of the Common European Asylum System")
        .add("1.b", "1(b)", "Sostegno alla capacità dei sistemi di asilo degli Stati membri, comprese infrastrutture e servizi a livello locale e regionale", "Support to the capacity of Member States' asylum systems, including infrastructure and services at local and regional level")
        .add("1.c", "1(c)", "Cooperazione con i paesi terzi", "Cooperation with third countries")
        .add("1.d", "1(d)", "Assistenza tecnica e operativa agli Stati membri, anche con l'EASO", "Technical and operational assistance to Member States, including with EASO");
    Section.of(b, IMPLEMENTATION_MEASURE, "OS2", annexII)
        .add("2.a", "2(a)", "Sviluppo e attuazione delle politiche di migrazione legale e dell'acquis dell'Unione in materia, compresi il ricongiungimento familiare e il rispetto delle norme sul lavoro", "Development and implementation of legal migration policies and of the Union legal migration acquis, including family reunification and enforcement of labour standards")
        .add("2.b", "2(b)", "Misure che agevolano l'ingresso regolare e il soggiorno nell'Unione", "Measures facilitating regular entry into and residence in the Union")
        .add("2.c", "2(c)", "Cooperazione con i paesi terzi, compresi i canali legali di ingresso", "Cooperation with third countries, including legal avenues of entry")
        .add("2.d", "2(d)", "Misure di integrazione per l'inclusione sociale ed economica dei cittadini di paesi terzi, con il coinvolgimento di autorità nazionali, regionali e locali, società civile e parti sociali", "Integration measures for the social and economic inclusion of third-country nationals, involving national, regional and local authorities, civil society and social partners");
    Section.of(b, IMPLEMENTATION_MEASURE, "OS3", annexII)
        .add("3.a", "3(a)", "Applicazione uniforme dell'acquis dell'Unione in materia di rimpatrio (infrastrutture, procedure, servizi)", "Uniform application of the Union acquis on return (infrastructure, procedures, services)")
        .add("3.b", "3(b)", "Gestione integrata dei rimpatri e riduzione degli incentivi alla migrazione irregolare", "Integrated return management and reduction of incentives for irregular migration")
        .add("3.c", "3(c)", "Rimpatrio volontario assistito, rintracciamento dei familiari e reintegrazione", "Assisted voluntary return, family tracing and reintegration")
        .add("3.d", "3(d)", "Cooperazione con i paesi terzi in materia di riammissione e rimpatrio sostenibile", "Cooperation with third countries on readmission and sustainable return");
    Section.of(b, IMPLEMENTATION_MEASURE, "OS4", annexII)
        .add("4.a", "4(a)", "Solidarietà con i paesi terzi, compresi il reinsediamento e altri canali legali", "Solidarity with third countries, including resettlement and other legal avenues")
        .add("4.b", "4(b)", "Trasferimenti tra Stati membri di richiedenti o beneficiari di protezione internazionale", "Transfers between Member States of applicants for or beneficiaries of international protection");
  }

  /** Scope {@code k.x} is Annex III point k+1, letter x; {@code H.x} is point 1 (all objectives). */
  private static void scopes(Catalogue.Builder b) {
    String annexIII = AMIF + "Annex III, point ";
    Section.of(b, SCOPE_OF_SUPPORT, null, annexIII)
        .add("H.a", "1(a)", "Strategie", "Strategies")
        .add("H.b", "1(b)", "Strutture amministrative, sistemi informatici e formazione del personale", "Administrative structures, ICT systems and staff training")
        .add("H.c", "1(c)", "Punti di contatto per i destinatari", "Contact points for beneficiaries")
        .add("H.d", "1(d)", "Monitoraggio delle politiche, raccolta di dati e statistiche", "Policy monitoring, data collection and statistics")
        .add("H.e", "1(e)", "Scambio di buone pratiche, studi, azioni congiunte e reti", "Exchange of best practice, studies, joint actions and networks")
        .add("H.f", "1(f)", "Assistenza attenta alla dimensione di genere e sostegno alle persone vulnerabili", "Gender-sensitive assistance and support to vulnerable persons")
        .add("H.g", "1(g)", "Protezione dei minori migranti", "Protection of children in migration")
        .add("H.h", "1(h)", "Sensibilizzazione", "Awareness-raising");
    Section.of(b, SCOPE_OF_SUPPORT, "OS1", annexIII)
        .add("1.a", "2(a)", "Assistenza materiale, anche alla frontiera", "Material aid, including assistance at the border")
        .add("1.b", "2(b)", "Procedure di asilo e servizi di supporto", "Asylum procedures and support services")
        .add("1.c", "2(c)", "Identificazione delle esigenze particolari, anche delle vittime della tratta", "Identification of special needs, including of victims of trafficking")
        .add("1.d", "2(d)", "Servizi psicosociali e di riabilitazione", "Psycho-social and rehabilitation services")
        .add("1.e", "2(e)", "Infrastrutture di accoglienza", "Reception infrastructure")
        .add("1.f", "2(f)", "Informazioni sui paesi di origine", "Country-of-origin information")
        .add("1.g", "2(g)", "Reinsediamento e ammissione umanitaria", "Resettlement and humanitarian admission")
        .add("1.h", "2(h)", "Capacità di protezione dei paesi terzi", "Protection capacity of third countries")
        .add("1.i", "2(i)", "Alternative al trattenimento", "Alternatives to detention");
    Section.of(b, SCOPE_OF_SUPPORT, "OS2", annexIII)
        .add("2.a", "3(a)", "Pacchetti informativi e campagne sui canali di migrazione legale", "Information packages and campaigns on legal migration channels")
        .add("2.b", "3(b)", "Programmi di mobilità circolare o temporanea e formazione per l'occupabilità", "Circular or temporary mobility schemes and employability training")
        .add("2.c", "3(c)", "Cooperazione dei paesi terzi con i servizi di reclutamento, per l'impiego e per l'immigrazione", "Cooperation of third countries with recruitment, employment and immigration services")
        .add("2.d", "3(d)", "Valutazione e riconoscimento di competenze e qualifiche", "Assessment and recognition of skills and qualifications")
        .add("2.e", "3(e)", "Assistenza per il ricongiungimento familiare (direttiva 2003/86/CE)", "Assistance for family reunification (Directive 2003/86/EC)")
        .add("2.f", "3(f)", "Assistenza e rappresentanza legale per il cambio di status e l'acquisizione del soggiorno regolare", "Assistance and legal representation for change of status and acquisition of legal residence")
        .add("2.g", "3(g)", "Assistenza nell'esercizio dei diritti e della mobilità previsti dagli strumenti di migrazione legale", "Assistance to exercise rights and mobility under legal migration instruments")
        .add("2.h", "3(h)", "Misure di integrazione: sostegno personalizzato, consulenza, istruzione, formazione linguistica e di altro tipo, orientamento civico e professionale", "Integration measures: tailored support, counselling, education, language and other training, civic orientation, professional guidance")
        .add("2.i", "3(i)", "Parità di accesso ai servizi pubblici e privati (istruzione, assistenza sanitaria, sostegno psicosociale)", "Equal access to public and private services (education, healthcare, psycho-social support)")
        .add("2.j", "3(j)", "Cooperazione tra enti governativi e non governativi, sportelli unici", "Cooperation between governmental and non-governmental bodies, one-stop shops")
        .add("2.k", "3(k)", "Introduzione e partecipazione alla società di accoglienza, accettazione", "Introduction to and participation in the receiving society, acceptance")
        .add("2.l", "3(l)", "Scambi e dialogo con i cittadini di paesi terzi, dialogo interculturale e interreligioso", "Exchanges and dialogue with third-country nationals, intercultural and inter-religious dialogue")
        .add("2.m", "3(m)", "Rafforzamento delle capacità dei servizi di integrazione degli enti locali e di altri soggetti interessati", "Capacity building of integration services of local authorities and other stakeholders");
    Section.of(b, SCOPE_OF_SUPPORT, "OS3", annexIII)
        .add("3.a", "4(a)", "Infrastrutture di accoglienza aperte e di trattenimento", "Open reception and detention infrastructure")
        .add("3.b", "4(b)", "Alternative al trattenimento", "Alternatives to detention")
        .add("3.c", "4(c)", "Monitoraggio dei rimpatri forzati", "Forced-return monitoring")
        .add("3.d", "4(d)", "Contrasto agli incentivi alla migrazione irregolare", "Countering incentives for irregular migration")
        .add("3.e", "4(e)", "Preparazione dei rimpatri", "Preparation of returns")
        .add("3.f", "4(f)", "Cooperazione con i servizi consolari dei paesi terzi", "Cooperation with consular services of third countries")
        .add("3.g", "4(g)", "Rimpatrio volontario assistito", "Assisted voluntary return")
        .add("3.h", "4(h)", "Operazioni di allontanamento", "Removal operations")
        .add("3.i", "4(i)", "Reintegrazione", "Reintegration")
        .add("3.j", "4(j)", "Accoglienza all'arrivo nei paesi terzi", "Reception in third countries on arrival")
        .add("3.k", "4(k)", "Cooperazione in materia di rimpatrio e riammissione", "Cooperation on return and readmission")
        .add("3.l", "4(l)", "Sensibilizzazione sui canali legali e sui rischi della migrazione irregolare", "Awareness of legal channels and of the risks of irregular migration")
        .add("3.m", "4(m)", "Assistenza nei paesi terzi per il rimpatrio e la reintegrazione", "Assistance in third countries for return and reintegration");
    Section.of(b, SCOPE_OF_SUPPORT, "OS4", annexIII)
        .add("4.a", "5(a)", "Trasferimenti volontari tra Stati membri", "Voluntary transfers between Member States")
        .add("4.b", "5(b)", "Sostegno operativo a un altro Stato membro, anche tramite l'EASO", "Operational support to another Member State, including through EASO")
        .add("4.c", "5(c)", "Reinsediamento e ammissione umanitaria nazionali", "National resettlement and humanitarian admission")
        .add("4.d", "5(d)", "Sostegno a un altro Stato membro in termini di infrastrutture di accoglienza", "Reception infrastructure support to another Member State");
  }

  /**
   * PN actions. OS2 actions a-o fall under measure 2.d, p under 2.b and q under 2.c (published
   * calls: "Misura 2.d - Ambito 2.h - Intervento b)"). The sources state no measure for OS1's.
   */
  private static void actions(Catalogue.Builder b) {
    Section os1 = Section.of(b, NATIONAL_ACTION, "OS1", PN + "OS1, intervento ")
        .sourceSuffix(" (the sources state no Annex II measure)");
    os1.add("a", "a)", "Corretta informazione ai migranti dopo l'identificazione", "Correct information to migrants after identification")
        .add("b", "b)", "Rafforzamento delle strutture della Polizia di Stato connesse al sistema di asilo", "Strengthening police structures linked to the asylum system")
        .add("c", "c)", "Efficienza della Commissione nazionale per il diritto di asilo e delle Commissioni territoriali", "Performance of the National Asylum Commission and of the Territorial Commissions")
        .add("d", "d)", "Prima accoglienza delle vittime di tratta", "First reception of victims of trafficking")
        .add("e", "e)", "Presa in carico da parte dei servizi sanitari delle vulnerabilità in accoglienza", "Vulnerabilities in reception taken in charge by health services")
        .add("f", "f)", "Autonomia sociale ed economica dei rifugiati", "Social and economic autonomy of refugees")
        .add("g", "g)", "Rafforzamento delle strutture del Dipartimento per le libertà civili e l'immigrazione", "Strengthening the structures of the Department for Civil Liberties and Immigration (DLCI)")
        .add("h", "h)", "Servizi per i minori stranieri non accompagnati", "Services for unaccompanied foreign minors")
        .add("i", "i)", "Procedure di reinsediamento e ammissione umanitaria", "Resettlement and humanitarian admission procedures")
        .add("j", "j)", "Personale consolare per i corridoi umanitari e il reinsediamento", "Consular staff for humanitarian corridors and resettlement");
    Section os2 = Section.of(b, NATIONAL_ACTION, "OS2", PN + "OS2, intervento ");
    os2.under("2.d").sourceSuffix("; measure 2.d per published calls")
        .add("a", "a)", "Capacity building degli uffici pubblici", "Capacity building of public offices")
        .add("b", "b)", "Formazione linguistica", "Language training")
        .add("c", "c)", "Educazione inclusiva", "Inclusive education")
        .add("d", "d)", "Accesso all'università e riconoscimento dei titoli di studio", "Access to university and recognition of qualifications")
        .add("e", "e)", "Governance multilivello per l'integrazione socio-lavorativa", "Multilevel governance for socio-labour integration")
        .add("f", "f)", "Contrasto al lavoro sommerso e al caporalato", "Fighting undeclared work and illegal gangmastering (caporalato)")
        .add("g", "g)", "Inserimento socio-lavorativo dei migranti vulnerabili", "Socio-labour insertion of vulnerable migrants")
        .add("h", "h)", "Valorizzazione e trasparenza delle competenze, realizzazione personale, socializzazione e partecipazione", "Skills valorisation and transparency, individual fulfilment, socialisation and participation")
        .add("i", "i)", "Partecipazione e inclusione delle donne migranti", "Participation and inclusion of migrant women")
        .add("j", "j)", "Partecipazione attiva dei migranti alla vita economica, sociale e culturale", "Active participation of migrants in economic, social and cultural life")
        .add("k", "k)", "Dialogo interculturale e interreligioso", "Intercultural and inter-religious dialogue")
        .add("l", "l)", "Prevenzione delle discriminazioni", "Prevention of discrimination")
        .add("m", "m)", "Azione di sistema per la tutela della salute", "System action for health protection")
        .add("n", "n)", "Monitoraggio della tutela volontaria e dell'affido familiare dei minori stranieri non accompagnati", "Monitoring of voluntary guardianship and family foster care of unaccompanied minors")
        .add("o", "o)", "Tutela dei minori stranieri sottoposti a provvedimenti giudiziari", "Protection of foreign minors under judicial measures");
    os2.under("2.b").sourceSuffix("; measure 2.b")
        .add("p", "p)", "Misure pre-partenza di orientamento e formazione", "Pre-departure orientation and training measures");
    os2.under("2.c").sourceSuffix("; measure 2.c")
        .add("q", "q)", "Canali di ingresso legale", "Legal entry channels");
  }

  /** Annex VI tables 1-4; English labels verbatim. Fields are the block's roman numeral + code. */
  private static void annexVi(Catalogue.Builder b) {
    String table1 = AMIF + "Annex VI, table 1, block ";
    Section.of(b, INTERVENTION_FIELD, "OS1", table1)
        .add("I.001", "I, 001", "Condizioni di accoglienza", "Reception conditions")
        .add("I.002", "I, 002", "Procedure di asilo", "Asylum procedures")
        .add("I.003", "I, 003", "Attuazione dell'acquis dell'Unione", "Implementation of the Union acquis")
        .add("I.004", "I, 004", "Minori migranti", "Children in migration")
        .add("I.005", "I, 005", "Persone con esigenze particolari di accoglienza e procedurali", "Persons with special reception and procedural needs")
        .add("I.006", "I, 006", "Programmi di reinsediamento dell'Unione o programmi nazionali di reinsediamento e ammissione umanitaria (allegato III, punto 2, lettera g))", "Union resettlement programmes or national resettlement and humanitarian admission schemes (Annex III, point 2(g))")
        .add("I.007", "I, 007", "Sostegno operativo", "Operating support");
    Section.of(b, INTERVENTION_FIELD, "OS2", table1)
        .add("II.001", "II, 001", "Sviluppo di strategie di integrazione", "Development of integration strategies")
        .add("II.002", "II, 002", "Vittime della tratta di esseri umani", "Victims of trafficking in human beings")
        .add("II.003", "II, 003", "Misure di integrazione – informazione e orientamento, sportelli unici", "Integration measures – information and orientation, one-stop shops")
        .add("II.004", "II, 004", "Misure di integrazione – formazione linguistica", "Integration measures – language training")
        .add("II.005", "II, 005", "Misure di integrazione – educazione civica e altre attività di formazione", "Integration measures – civics and other training")
        .add("II.006", "II, 006", "Misure di integrazione – introduzione, partecipazione, scambi con la società di accoglienza", "Integration measures – introduction, participation, exchanges host society")
        .add("II.007", "II, 007", "Misure di integrazione – bisogni primari", "Integration measures – basic needs")
        .add("II.008", "II, 008", "Misure pre-partenza", "Pre-departure measures")
        .add("II.009", "II, 009", "Programmi di mobilità", "Mobility schemes")
        .add("II.010", "II, 010", "Acquisizione del soggiorno regolare", "Acquisition of legal residence")
        .add("II.011", "II, 011", "Persone vulnerabili, compresi i minori non accompagnati", "Vulnerable persons, including unaccompanied minors")
        .add("II.012", "II, 012", "Sostegno operativo", "Operating support");
    Section.of(b, INTERVENTION_FIELD, "OS3", table1)
        .add("III.001", "III, 001", "Alternative al trattenimento", "Alternatives to detention")
        .add("III.002", "III, 002", "Condizioni di accoglienza/trattenimento", "Reception/detention conditions")
        .add("III.003", "III, 003", "Procedure di rimpatrio", "Return procedures")
        .add("III.004", "III, 004", "Rimpatrio volontario assistito", "Assisted voluntary return")
        .add("III.005", "III, 005", "Assistenza alla reintegrazione", "Reintegration assistance")
        .add("III.006", "III, 006", "Operazioni di allontanamento/rimpatrio", "Removal/Return operations")
        .add("III.007", "III, 007", "Sistema di monitoraggio dei rimpatri forzati", "Forced-return monitoring system")
        .add("III.008", "III, 008", "Persone vulnerabili, compresi i minori non accompagnati", "Vulnerable persons, including unaccompanied minors")
        .add("III.009", "III, 009", "Misure volte a contrastare gli incentivi alla migrazione irregolare", "Measures addressing incentives for irregular migration")
        .add("III.010", "III, 010", "Sostegno operativo", "Operating support");
    Section.of(b, INTERVENTION_FIELD, "OS4", table1)
        .add("IV.001", "IV, 001", "Trasferimenti verso un altro Stato membro («ricollocazione»)", "Transfers to another Member State ('relocation')")
        .add("IV.002", "IV, 002", "Sostegno fornito da uno Stato membro a un altro Stato membro, compreso il sostegno fornito all'EASO", "Support by a Member State to another Member State, including support provided to EASO")
        .add("IV.003", "IV, 003", "Reinsediamento (articolo 19)", "Resettlement (Article 19)")
        .add("IV.004", "IV, 004", "Ammissione umanitaria (articolo 19)", "Humanitarian admission (Article 19)")
        .add("IV.005", "IV, 005", "Sostegno a un altro Stato membro in termini di infrastrutture di accoglienza", "Support, in terms of reception infrastructure, to another Member State")
        .add("IV.006", "IV, 006", "Sostegno operativo", "Operating support");
    Section.of(b, INTERVENTION_FIELD, "TA", table1)
        .add("V.001", "V, 001", "Informazione e comunicazione", "Information and communication")
        .add("V.002", "V, 002", "Preparazione, attuazione, sorveglianza e controllo", "Preparation, implementation, monitoring and control")
        .add("V.003", "V, 003", "Valutazione e studi, raccolta di dati", "Evaluation and studies, data collection")
        .add("V.004", "V, 004", "Rafforzamento delle capacità", "Capacity building");
    Section.of(b, TYPE_OF_ACTION, null, AMIF + "Annex VI, table 2, ")
        .add("001", "001", "Sviluppo di strategie nazionali", "Development of national strategies")
        .add("002", "002", "Rafforzamento delle capacità", "Capacity building")
        .add("003", "003", "Istruzione e formazione per i cittadini di paesi terzi", "Education and training for third-country nationals")
        .add("004", "004", "Sviluppo di strumenti, metodi e indicatori statistici", "Development of statistical tools, methods and indicators")
        .add("005", "005", "Scambio di informazioni e di migliori pratiche", "Exchange of information and best practices")
        .add("006", "006", "Azioni/operazioni congiunte tra Stati membri", "Joint actions/operations between Member States")
        .add("007", "007", "Campagne e informazione", "Campaigns and information")
        .add("008", "008", "Scambio e distacco di esperti", "Exchange and secondment of experts")
        .add("009", "009", "Studi, progetti pilota, valutazioni dei rischi", "Studies, pilot projects, risk assessments")
        .add("010", "010", "Attività preparatorie, di sorveglianza, amministrative e tecniche", "Preparatory, monitoring, administrative and technical activities")
        .add("011", "011", "Prestazione di assistenza e servizi di sostegno ai cittadini di paesi terzi", "Provision of assistance and support services to third-country nationals")
        .add("012", "012", "Infrastrutture", "Infrastructure")
        .add("013", "013", "Attrezzature", "Equipment");
    Section.of(b, IMPLEMENTATION_MODALITY, null, AMIF + "Annex VI, table 3, ")
        .add("001", "001; rate: Art 15(1)", "Azioni di cui all'articolo 15, paragrafo 1", "Actions covered by Article 15(1)")
        .add("002", "002; rate: Art 15(2)", "Azioni specifiche", "Specific actions")
        .add("003", "003; rate: Art 15(3)", "Azioni elencate nell'allegato IV", "Actions listed in Annex IV")
        .add("004", "004; rate: Art 15(4)", "Sostegno operativo", "Operating support")
        .add("005", "005; rate: Art 15(5)", "Assistenza emergenziale", "Emergency assistance");
    Section.of(b, SPECIFIC_THEME, null, AMIF + "Annex VI, table 4, ")
        .add("001", "001", "Cooperazione con i paesi terzi", "Cooperation with third countries")
        .add("002", "002", "Azioni nei paesi terzi o in relazione a essi", "Actions in or in relation to third countries")
        .add("003", "003", "Nessuna delle precedenti", "None of the above");
  }

  /** Annex VIII, numbered per objective as the regulation does; the O./R. ids are fami's. */
  private static void indicators(Catalogue.Builder b) {
    String annexVIII = AMIF + "Annex VIII, ";
    String ids = " (the O./R. id is fami's convention: SFC ids are MISSING)";
    Section os1 = Section.of(b, INDICATOR, "OS1", annexVIII).sourceSuffix(ids);
    os1.add("O.1.1", "SO1 output 1", "Numero di partecipanti sostenuti", "Number of participants supported");
    os1.under("O.1.1")
        .add("O.1.1.1", "SO1 output 1.1", "di cui numero di partecipanti che hanno ricevuto assistenza legale", "of which number of participants who received legal assistance")
        .add("O.1.1.2", "SO1 output 1.2", "di cui numero di partecipanti che hanno beneficiato di altri tipi di sostegno", "of which number of participants benefitting from other types of support")
        .add("O.1.1.3", "SO1 output 1.3", "di cui numero di partecipanti vulnerabili assistiti", "of which number of vulnerable participants assisted");
    os1.add("O.1.2", "SO1 output 2", "Numero di partecipanti ad attività di formazione", "Number of participants in training activities")
        .add("O.1.3", "SO1 output 3", "Numero di nuovi posti nelle infrastrutture di accoglienza", "Number of newly created places in reception infrastructure");
    os1.under("O.1.3")
        .add("O.1.3.1", "SO1 output 3.1", "di cui numero di nuovi posti per minori non accompagnati", "of which number of newly created places for unaccompanied minors");
    os1.add("O.1.4", "SO1 output 4", "Numero di posti ristrutturati o rinnovati nelle infrastrutture di accoglienza", "Number of renovated or refurbished places in reception infrastructure");
    os1.under("O.1.4")
        .add("O.1.4.1", "SO1 output 4.1", "di cui numero di posti ristrutturati o rinnovati per minori non accompagnati", "of which number of renovated or refurbished places for unaccompanied minors");
    os1.add("R.1.5", "SO1 result 5", "Numero di partecipanti che ritengono la formazione utile per il proprio lavoro", "Number of participants who consider the training useful for their work")
        .add("R.1.6", "SO1 result 6", "Numero di partecipanti che tre mesi dopo la formazione dichiarano di utilizzare le competenze acquisite", "Number of participants who report three months after the training that they are using the skills acquired")
        .add("R.1.7", "SO1 result 7", "Numero di persone collocate in alternative al trattenimento", "Number of persons placed in alternatives to detention");
    os1.under("R.1.7")
        .add("R.1.7.1", "SO1 result 7.1", "di cui numero di minori non accompagnati collocati in alternative al trattenimento", "of which number of unaccompanied minors placed in alternatives to detention")
        .add("R.1.7.2", "SO1 result 7.2", "di cui numero di famiglie collocate in alternative al trattenimento", "of which number of families placed in alternatives to detention");

    Section os2 = Section.of(b, INDICATOR, "OS2", annexVIII).sourceSuffix(ids);
    os2.add("O.2.1", "SO2 output 1", "Numero di partecipanti a misure pre-partenza", "Number of participants in pre-departure measures")
        .add("O.2.2", "SO2 output 2", "Numero di autorità locali e regionali sostenute nell'attuazione di misure di integrazione", "Number of local and regional authorities supported to implement integration measures")
        .add("O.2.3", "SO2 output 3", "Numero di partecipanti sostenuti", "Number of participants supported");
    os2.under("O.2.3")
        .add("O.2.3.1", "SO2 output 3.1", "di cui numero di partecipanti a un corso di lingua", "of which number of participants in a language course")
        .add("O.2.3.2", "SO2 output 3.2", "di cui numero di partecipanti a un corso di orientamento civico", "of which number of participants in a civic orientation course")
        .add("O.2.3.3", "SO2 output 3.3", "di cui numero di partecipanti che hanno ricevuto un orientamento professionale personalizzato", "of which number of participants who received personalised professional guidance");
    os2.add("O.2.4", "SO2 output 4", "Numero di pacchetti informativi e campagne di sensibilizzazione sui canali di migrazione legale", "Number of information packages and campaigns to raise awareness of legal migration channels")
        .add("O.2.5", "SO2 output 5", "Numero di partecipanti che ricevono informazioni o assistenza per chiedere il ricongiungimento familiare", "Number of participants receiving information or assistance in applying for family reunification")
        .add("O.2.6", "SO2 output 6", "Numero di partecipanti che beneficiano di programmi di mobilità", "Number of participants benefitting from mobility schemes")
        .add("O.2.7", "SO2 output 7", "Numero di progetti di integrazione di cui sono beneficiarie autorità locali e regionali", "Number of integration projects where local and regional authorities are the beneficiary")
        .add("R.2.8", "SO2 result 8", "Numero di partecipanti ai corsi di lingua che al termine del corso hanno migliorato di almeno un livello QCER (o equivalente nazionale)", "Number of participants in language courses who, on leaving, improved by at least one CEFR level or national equivalent")
        .add("R.2.9", "SO2 result 9", "Numero di partecipanti che dichiarano che l'attività è stata utile per la loro integrazione", "Number of participants who report that the activity was helpful for their integration")
        .add("R.2.10", "SO2 result 10", "Numero di partecipanti che hanno chiesto il riconoscimento o la valutazione di qualifiche o competenze acquisite in un paese terzo", "Number of participants who applied for recognition or assessment of a qualification or skills acquired in a third country")
        .add("R.2.11", "SO2 result 11", "Numero di partecipanti che hanno chiesto lo status di soggiornante di lungo periodo", "Number of participants who applied for long-term residence status");

    Section.of(b, INDICATOR, "OS3", annexVIII).sourceSuffix(ids)
        .add("O.3.1", "SO3 output 1", "Numero di partecipanti ad attività di formazione", "Number of participants in training activities")
        .add("O.3.2", "SO3 output 2", "Numero di attrezzature acquistate, compresi i sistemi TIC", "Number of items of equipment purchased, including ICT systems")
        .add("O.3.3", "SO3 output 3", "Numero di rimpatriati che hanno ricevuto assistenza alla reintegrazione", "Number of returnees who received reintegration assistance")
        .add("O.3.4", "SO3 output 4", "Numero di posti creati nei centri di trattenimento", "Number of places in detention centres created")
        .add("O.3.5", "SO3 output 5", "Numero di posti ristrutturati o rinnovati nei centri di trattenimento", "Number of places in detention centres refurbished or renovated")
        .add("R.3.6", "SO3 result 6", "Numero di rimpatriati che hanno fatto ritorno volontariamente", "Number of returnees who returned voluntarily")
        .add("R.3.7", "SO3 result 7", "Numero di rimpatriati allontanati", "Number of returnees who were removed")
        .add("R.3.8", "SO3 result 8", "Numero di rimpatriati sottoposti ad alternative al trattenimento", "Number of returnees subject to alternatives to detention");

    Section.of(b, INDICATOR, "OS4", annexVIII).sourceSuffix(ids)
        .add("O.4.1", "SO4 output 1", "Numero di membri del personale formati", "Number of staff trained")
        .add("O.4.2", "SO4 output 2", "Numero di partecipanti che hanno ricevuto sostegno pre-partenza", "Number of participants who received pre-departure support")
        .add("R.4.3", "SO4 result 3", "Numero di richiedenti e beneficiari di protezione internazionale trasferiti da uno Stato membro a un altro", "Number of applicants for and beneficiaries of international protection transferred from one Member State to another")
        .add("R.4.4", "SO4 result 4", "Numero di persone reinsediate", "Number of people resettled")
        .add("R.4.5", "SO4 result 5", "Numero di persone ammesse tramite ammissione umanitaria", "Number of people admitted through humanitarian admission");
  }

  /** Annex IV is an unnumbered list: 1-4 is fami's numbering, in the regulation's order. */
  private static void annexIv(Catalogue.Builder b) {
    Section.of(b, ANNEX_IV_CATEGORY, null, AMIF + "Annex IV, ")
        .add("1", "item 1", "Misure di integrazione attuate dalle autorità locali e regionali e dalle organizzazioni della società civile, comprese le organizzazioni di rifugiati e di migranti", "Integration measures implemented by local and regional authorities and civil society organisations, including refugee organisations and migrant-led organisations")
        .add("2", "item 2", "Azioni volte a sviluppare e attuare alternative efficaci al trattenimento", "Actions to develop and implement effective alternatives to detention")
        .add("3", "item 3", "Programmi di rimpatrio volontario assistito e di reintegrazione e attività correlate", "Assisted voluntary return and reintegration programmes and related activities")
        .add("4", "item 4", "Misure destinate alle persone vulnerabili e ai richiedenti protezione internazionale con esigenze particolari di accoglienza o procedurali, compresa la protezione dei minori, in particolare non accompagnati, anche mediante forme di accoglienza non istituzionalizzate", "Measures targeting vulnerable persons and applicants for international protection with special reception or procedural needs, including the protection of minors, in particular unaccompanied minors, including through non-institutionalised care");
    b.annexIvCategory(AnnexIvCategory.builder().code("1").source(AMIF + "Annex IV, item 1" + READING)
        .addConditions(AnnexIvCondition.builder().objective("OS2").measure("2.d").addLeadLegalForms(REGION, LOCAL_AUTHORITY, THIRD_SECTOR).build())
        .build());
    b.annexIvCategory(AnnexIvCategory.builder().code("2").source(AMIF + "Annex IV, item 2" + READING)
        .addConditions(AnnexIvCondition.builder().objective("OS1").addScopes("1.i").build())
        .addConditions(AnnexIvCondition.builder().objective("OS3").addScopes("3.b").build())
        .build());
    b.annexIvCategory(AnnexIvCategory.builder().code("3").source(AMIF + "Annex IV, item 3" + READING)
        .addConditions(AnnexIvCondition.builder().objective("OS3").measure("3.c").build())
        .addConditions(AnnexIvCondition.builder().objective("OS3").addScopes("3.g", "3.i").build())
        .build());
    b.annexIvCategory(AnnexIvCategory.builder().code("4").source(AMIF + "Annex IV, item 4" + READING)
        .addConditions(AnnexIvCondition.builder().addTargetGroups(UNACCOMPANIED_MINORS, VULNERABLE_PERSONS, TRAFFICKING_VICTIMS).build())
        .build());
  }

  private static void figures(Catalogue.Builder b) {
    b.eligibleFrom(Sourced.of(LocalDate.of(2021, 1, 1), CPR + "Art 63(2)"))
        .eligibleTo(Sourced.of(LocalDate.of(2029, 12, 31), CPR + "Art 63(2)"))
        .defaultImplementationModality(Sourced.of("001", AMIF + "Art 15(1) (the general rate applies unless a higher one is stated)"))
        .annexIvModality(Sourced.of("003", AMIF + "Art 15(3) and Annex VI, table 3 (003: actions listed in Annex IV)"))
        .coFinancingCap("001", Sourced.of(new BigDecimal("0.75"), AMIF + "Art 15(1)"))
        .coFinancingCap("002", Sourced.of(new BigDecimal("0.90"), AMIF + "Art 15(2) (specific actions)"))
        .coFinancingCap("003", Sourced.of(new BigDecimal("0.90"), AMIF + "Art 15(3) (actions listed in Annex IV)"))
        .coFinancingCap("004", Sourced.of(new BigDecimal("1.00"), AMIF + "Art 15(4) (operating support)"))
        .coFinancingCap("005", Sourced.of(new BigDecimal("1.00"), AMIF + "Art 15(5) (emergency assistance, Art 31)"))
        .technicalAssistanceCap(Sourced.of(new BigDecimal("1.00"), AMIF + "Art 15(6), within " + CPR + "Art 36(5)(b)(vi)"))
        .indirectCostCeiling(IndirectCostMethod.FLAT_RATE_DIRECT_COSTS, Sourced.of(new BigDecimal("0.07"), CPR + "Art 54 (7% of eligible direct costs)"))
        .indirectCostCeiling(IndirectCostMethod.FLAT_RATE_STAFF_COSTS, Sourced.of(new BigDecimal("0.15"), CPR + "Art 54 (15% of eligible direct staff costs)"))
        .indirectCostCeiling(IndirectCostMethod.CALCULATED_RATE, Sourced.of(new BigDecimal("0.25"), CPR + "Art 54 (25% of eligible direct costs, calculated under Art 53(3)(a))"))
        .minimumShare("OS1", Sourced.of(new BigDecimal("0.15"), AMIF + "Art 16 (of the resources allocated under Art 13(1))"))
        .minimumShare("OS2", Sourced.of(new BigDecimal("0.15"), AMIF + "Art 16 (of the resources allocated under Art 13(1))"))
        .realCostsThreshold(Sourced.of(new BigDecimal("200000.00"), CPR + "Art 53(2) (up to this total cost, unit costs, lump sums or flat rates)"));
  }

  /** The target groups each objective serves: fami's reading (DOMAIN.md 0b), both periods. */
  static void targetGroups(Catalogue.Builder b, String source) {
    b.targetGroups("OS1", Sourced.of(EnumSet.of(THIRD_COUNTRY_NATIONALS, ASYLUM_SEEKERS, PROTECTION_BENEFICIARIES, RESETTLED_PERSONS, UNACCOMPANIED_MINORS, MINORS, WOMEN, VULNERABLE_PERSONS, TRAFFICKING_VICTIMS, FAMILY_MEMBERS, PUBLIC_SERVICE_STAFF, THIRD_SECTOR_STAFF, HOST_COMMUNITY), source))
        .targetGroups("OS2", Sourced.of(EnumSet.of(THIRD_COUNTRY_NATIONALS, PROTECTION_BENEFICIARIES, RESETTLED_PERSONS, ASYLUM_SEEKERS, UNACCOMPANIED_MINORS, MINORS, YOUNG_NEET, WOMEN, VULNERABLE_PERSONS, TRAFFICKING_VICTIMS, EXPLOITED_WORKERS, FAMILY_MEMBERS, PRE_DEPARTURE_TCN, PUBLIC_SERVICE_STAFF, THIRD_SECTOR_STAFF, MIGRANT_ASSOCIATIONS, HOST_COMMUNITY), source))
        .targetGroups("OS3", Sourced.of(EnumSet.of(IRREGULAR_MIGRANTS, RETURNEES, ASYLUM_SEEKERS, UNACCOMPANIED_MINORS, MINORS, WOMEN, VULNERABLE_PERSONS, TRAFFICKING_VICTIMS, FAMILY_MEMBERS, PUBLIC_SERVICE_STAFF, THIRD_SECTOR_STAFF), source))
        .targetGroups("OS4", Sourced.of(EnumSet.of(ASYLUM_SEEKERS, PROTECTION_BENEFICIARIES, RESETTLED_PERSONS, UNACCOMPANIED_MINORS, VULNERABLE_PERSONS, PUBLIC_SERVICE_STAFF), source))
        .targetGroups("TA", Sourced.of(EnumSet.of(PUBLIC_SERVICE_STAFF, THIRD_SECTOR_STAFF), source));
  }
}
