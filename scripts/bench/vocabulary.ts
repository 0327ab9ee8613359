/**
 * Words and sentences the benchmark's content generator combines: plain Dutch as partners write
 * it (short sentences, "je"), for a region of Flemish municipalities. All example data.
 */

export const CATEGORIES = [
  { id: 'sport', naam: 'Sport', kleur: '#00677F', pictogram: 'ball-football', intro: 'Zwemmen, dansen, turnen of lid worden van een club. Bewegen is goed voor je lijf en je humeur.' },
  { id: 'cultuur', naam: 'Cultuur', kleur: '#8E2C5E', pictogram: 'masks-theater', intro: 'Theater, film, muziek en tentoonstellingen. Kom kijken, luisteren of zelf meedoen.' },
  { id: 'jeugd', naam: 'Jeugd', kleur: '#9A3412', pictogram: 'mood-kid', intro: 'Spelen, kampen en clubs voor kinderen en jongeren.' },
  { id: 'gezin', naam: 'Gezin', kleur: '#A4262C', pictogram: 'home-heart', intro: 'Samen met je kinderen iets doen, dichtbij en goedkoop.' },
  { id: 'bibliotheek-en-leren', naam: 'Bibliotheek en leren', kleur: '#1F4E8C', pictogram: 'books', intro: 'Boeken lenen, een cursus volgen of hulp bij je huiswerk.' },
  { id: 'samen', naam: 'Samen', kleur: '#5B3C88', pictogram: 'users-group', intro: 'Mensen ontmoeten, een babbel doen, samen koken of iets herstellen.' },
  { id: 'uitstappen', naam: 'Uitstappen', kleur: '#7A4A00', pictogram: 'map-2', intro: 'Een dag naar zee, de zoo of een pretpark, met korting.' },
  { id: 'natuur', naam: 'Natuur', kleur: '#2F5D1E', pictogram: 'trees', intro: 'Wandelen, tuinieren en de natuur dichtbij ontdekken.' },
] as const;

export type CategoryId = (typeof CATEGORIES)[number]['id'];

/** Activities per category: [title words, search words]. */
export const ACTIVITIES: Record<CategoryId, readonly (readonly [string, readonly string[]])[]> = {
  sport: [
    ['Zwemmen', ['zwembad', 'baantjes']], ['Petanque', ['petanque', 'buiten']], ['Yoga', ['yoga', 'rust']],
    ['Badminton', ['badminton', 'sporthal']], ['Fitness', ['fitness', 'toestellen']], ['Dansles', ['dansen', 'muziek']],
    ['Turnen voor kleuters', ['turnen', 'kleuters']], ['Wandelvoetbal', ['voetbal', 'rustig']], ['Tafeltennis', ['pingpong']],
    ['Bewegen voor 60-plussers', ['senioren', 'bewegen']], ['Lopen voor beginners', ['lopen', 'joggen']],
  ],
  cultuur: [
    ['Filmnamiddag', ['film', 'cinema']], ['Theatervoorstelling', ['theater', 'toneel']], ['Concert', ['muziek', 'concert']],
    ['Kunstacademie', ['tekenen', 'schilderen']], ['Muziekles', ['muziek', 'instrument']], ['Fotografie voor beginners', ['foto']],
    ['Zingen in een koor', ['koor', 'zingen']], ['Museumbezoek', ['museum', 'kunst']],
  ],
  jeugd: [
    ['Speelpleinwerking', ['spelen', 'vakantie']], ['Jeugdbeweging', ['scouts', 'chiro']], ['Tienerwerking', ['tieners']],
    ['Sportkamp', ['kamp', 'vakantie']], ['Grabbelpas', ['grabbelpas', 'vakantie']], ['Jeugdhuis', ['jongeren', 'fuif']],
    ['Knutselclub', ['knutselen']],
  ],
  gezin: [
    ['Knutselnamiddag voor gezinnen', ['knutselen', 'kinderen']], ['Speel-o-theek', ['speelgoed', 'lenen']],
    ['Voorlezen aan huis', ['voorlezen', 'taal']], ['Gezinsuitstap', ['uitstap', 'gezin']], ['Babymassage', ['baby']],
    ['Ouderkaffee', ['ouders', 'koffie']],
  ],
  'bibliotheek-en-leren': [
    ['Lid van de bib', ['boeken', 'bibliotheek']], ['Computerles', ['computer', 'internet']], ['Digitaal café', ['smartphone', 'hulp']],
    ['Huiswerkbegeleiding', ['huiswerk', 'school']], ['Taalcafé', ['Nederlands', 'praten']], ['E-boeken lenen', ['e-boek']],
    ['Kookles', ['koken', 'recepten']],
  ],
  samen: [
    ['Koffie en een babbel', ['koffie', 'praten']], ['Repair Café', ['herstellen', 'fiets']], ['Kookatelier', ['koken', 'samen']],
    ['Schaakclub', ['schaken', 'spel']], ['Breicafé', ['breien', 'handwerk']], ['Buurtfeest', ['buren', 'feest']],
    ['Fietsatelier', ['fiets', 'herstellen']],
  ],
  uitstappen: [
    ['Dagje naar zee', ['zee', 'strand']], ['Uitstap naar de zoo', ['dieren', 'zoo']], ['Pretpark met korting', ['pretpark']],
    ['Busreis voor senioren', ['bus', 'senioren']], ['Stadsbezoek', ['stad', 'wandelen']],
  ],
  natuur: [
    ['Natuurwandeling', ['wandelen', 'bos']], ['Samentuin', ['tuin', 'groenten']], ['Vogels kijken', ['vogels']],
    ['Boswandeling met gids', ['bos', 'gids']], ['Zwerfvuil ruimen', ['buiten', 'vrijwilliger']],
  ],
};

export const PLACES = [
  'Dilbeek', 'Groot-Bijgaarden', 'Itterbeek', 'Schepdaal', 'Sint-Martens-Bodegem', 'Sint-Ulriks-Kapelle', 'Asse',
  'Ternat', 'Affligem', 'Liedekerke', 'Lennik', 'Gooik', 'Roosdaal', 'Pepingen', 'Galmaarden', 'Herne', 'Halle',
  'Beersel', 'Sint-Pieters-Leeuw', 'Vilvoorde', 'Grimbergen', 'Merchtem', 'Opwijk', 'Londerzeel', 'Kapelle-op-den-Bos',
] as const;

export const POSTCODES: Record<string, string> = {
  Dilbeek: '1700', 'Groot-Bijgaarden': '1702', Itterbeek: '1701', Schepdaal: '1703', 'Sint-Martens-Bodegem': '1700',
  'Sint-Ulriks-Kapelle': '1700', Asse: '1730', Ternat: '1740', Affligem: '1790', Liedekerke: '1770', Lennik: '1750',
  Gooik: '1755', Roosdaal: '1760', Pepingen: '1670', Galmaarden: '1570', Herne: '1540', Halle: '1500', Beersel: '1650',
  'Sint-Pieters-Leeuw': '1600', Vilvoorde: '1800', Grimbergen: '1850', Merchtem: '1785', Opwijk: '1745',
  Londerzeel: '1840', 'Kapelle-op-den-Bos': '1880',
};

export const STREETS = [
  'Kerkstraat', 'Stationsstraat', 'Molenstraat', 'Dorpsplein', 'Schoolstraat', 'Nieuwstraat', 'Kasteelstraat',
  'Gemeenteplein', 'Bergstraat', 'Lindenlaan', 'Kapelleweg', 'Brusselstraat', 'Ninoofsesteenweg', 'Markt',
] as const;

export const VENUES = [
  'Sporthal', 'Cultureel centrum', 'Bibliotheek', 'Jeugdhuis', 'Ontmoetingscentrum', 'Parochiezaal', 'Gemeenteschool',
  'Dienstencentrum', 'Speelplein', 'Zwembad',
] as const;

export const PARTNER_KINDS = [
  'Sportdienst', 'Cultuurdienst', 'Jeugddienst', 'Bibliotheek', 'Sociaal Huis', 'Welzijnsschakel', 'Dienstencentrum',
  'Vzw Samen Sterk', 'Buurtwerk', 'Gezinsbond', 'Sportclub', 'Muziekschool', 'Natuurpunt',
] as const;

export const DISCOUNT_SCHEMES = [
  {
    id: 'participatiepas', naam: 'Participatiepas',
    kort: 'Met de participatiepas betaal je minder. Je krijgt ook een deel van je lidgeld terug.',
    body: 'Met de participatiepas betaal je minder voor sport, cultuur en vrije tijd. De pas is gratis.\n\n## Wie kan de pas krijgen?\n\nJe woont in de gemeente. Je inkomen is niet hoog. Twijfel je? Vraag het gewoon.\n\n## Waar vraag je de pas aan?\n\nGa naar het Sociaal Huis. Breng je identiteitskaart mee.\n',
  },
  {
    id: 'uitpas-kansentarief', naam: 'UiTPAS met kansentarief',
    kort: 'Met een UiTPAS met kansentarief betaal je 80% minder.',
    body: 'Met een UiTPAS met kansentarief betaal je maar een vijfde van de prijs.\n\nJe vraagt de pas aan in de bib of in het Sociaal Huis. De pas kost 1 euro.\n',
  },
  {
    id: 'vrijetijdspas', naam: 'Vrijetijdspas',
    kort: 'Met de vrijetijdspas krijg je korting in de hele regio.',
    body: 'De vrijetijdspas geldt in alle gemeenten van de regio.\n\n- Je krijgt korting op kampen en cursussen.\n- Je betaalt minder in het zwembad.\n\nVraag de pas aan bij je maatschappelijk werker.\n',
  },
] as const;

export const LANGUAGES = ['fr', 'en', 'ar', 'uk', 'tr', 'pl', 'ro', 'es'] as const;

export const BRING = ['identiteitskaart', 'participatiepas', 'UiTPAS', 'sportkledij', 'een handdoek', 'een drinkfles', 'lunchpakket'] as const;

/** Short sentences for bodies. {a} is the activity, {p} the place. */
export const SENTENCES = [
  'Je bent welkom, ook als je het nog nooit gedaan hebt.',
  'We beginnen altijd met een tas koffie of thee.',
  'Een begeleider legt alles rustig uit.',
  'Je kan gewoon eens komen kijken.',
  'Je hoeft niets mee te brengen.',
  'Er zijn altijd vrijwilligers die je helpen.',
  'De groep is klein, zo krijgt iedereen aandacht.',
  'Kom een kwartier vroeger voor de eerste keer.',
  'Je kan er met de bus of de fiets naartoe.',
  'Het gebouw is toegankelijk met een rolstoel.',
  'Kinderen mogen mee als ze stil kunnen spelen.',
  'Na afloop drinken we samen iets.',
  'Je leert nieuwe mensen kennen uit {p}.',
  '{a} is goed voor je humeur.',
  'Bij {a} doe je mee op je eigen tempo.',
  'Heb je een vraag? Bel ons gerust.',
  'Je mag eerst twee keer gratis proberen.',
  'In de vakanties is er geen {a}.',
  'We werken samen met het Sociaal Huis van {p}.',
  'De lessen zijn in eenvoudig Nederlands.',
  'Wie geen auto heeft, kan meerijden met een vrijwilliger.',
  'Je betaalt pas na de eerste les.',
  'Materiaal kan je bij ons lenen.',
  'Er is een lift naar de eerste verdieping.',
] as const;

export const SECTION_TITLES = [
  'Hoe gaat het?', 'Wat breng je mee?', 'Goed om te weten', 'Voor wie?', 'Praktisch', 'Hoe schrijf je in?', 'Wat kost het?',
] as const;

export const IMAGE_ALTS = [
  'Mensen doen samen mee in een zaal.', 'Kinderen spelen buiten.', 'Een groep wandelt in het bos.',
  'Twee mensen praten aan een tafel met koffie.',
] as const;
